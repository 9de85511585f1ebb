/**
 * The width a label will take, estimated before it is drawn (prerendered SVG has no getBBox):
 * generous on purpose, so a layout made with it leaves room for every system font we meet.
 * Full-width characters (kanji, kana, full-width symbols) are one em; '%' and capitals 0.9 em;
 * other ASCII 0.62 em.
 */
export function textWidth(text: string, fontPx: number): number {
	let em = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code > 0xff) em += 1;
		else if (ch === '%' || (ch >= 'A' && ch <= 'Z') || ch === 'W' || ch === 'M') em += 0.9;
		else em += 0.62;
	}
	return em * fontPx;
}
