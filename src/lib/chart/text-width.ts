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

/**
 * The box a label's glyphs take, around its baseline: Japanese system fonts (Noto Sans CJK, Yu
 * Gothic, Hiragino) reach about 1.16 em above the baseline and 0.29 em below it.
 */
export const ASCENT_EM = 1.16;
export const DESCENT_EM = 0.29;

export function textBox(x: number, baseline: number, text: string, fontPx: number): { x0: number; x1: number; y0: number; y1: number } {
	return { x0: x, x1: x + textWidth(text, fontPx), y0: baseline - ASCENT_EM * fontPx, y1: baseline + DESCENT_EM * fontPx };
}

/** The distance that keeps two stacked labels' glyph boxes apart. */
export function labelLineHeight(fontPx: number): number {
	return Math.ceil((ASCENT_EM + DESCENT_EM) * fontPx);
}
