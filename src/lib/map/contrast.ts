/**
 * WCAG 2.1 contrast: relative luminance of an sRGB colour and the ratio between two, and the
 * label colour (black or white) that reads best on a given fill. JIS X 8341-3 AA asks ≥ 4.5:1.
 */
export type Rgb = [r: number, g: number, b: number];

export const AA_TEXT_CONTRAST = 4.5;
export const LABEL_DARK = '#000000';
export const LABEL_LIGHT = '#ffffff';

/** '#abc', '#aabbcc', 'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 1)' as 0–255 channels; null when unreadable. */
export function parseColor(color: string): Rgb | null {
	const text = color.trim().toLowerCase();
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
	if (short) return short.slice(1).map((h) => parseInt(h + h, 16)) as Rgb;
	const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
	if (long) return long.slice(1).map((h) => parseInt(h, 16)) as Rgb;
	const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
	if (fn) return fn.slice(1).map(Number) as Rgb;
	return null;
}

/** Relative luminance (WCAG 2.1, 1.4.3): linearised sRGB channels weighted 0.2126/0.7152/0.0722. */
export function relativeLuminance([r, g, b]: Rgb): number {
	const linear = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L_lighter + 0.05) / (L_darker + 0.05), from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
	const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with `fill`. Either one always reaches 4.58:1 at
 * worst (the mid-grey where both are equal), so the assertion guards only against bad input.
 */
export function labelColorOn(fill: string): string {
	const rgb = parseColor(fill);
	if (!rgb) throw new Error(`色を読めません: ${fill}`);
	const dark = contrastRatio(rgb, [0, 0, 0]);
	const light = contrastRatio(rgb, [255, 255, 255]);
	const best = Math.max(dark, light);
	if (best < AA_TEXT_CONTRAST) throw new Error(`${fill} の上の文字のコントラストが ${best.toFixed(2)}:1 で 4.5:1 に届きません`);
	return dark >= light ? LABEL_DARK : LABEL_LIGHT;
}
