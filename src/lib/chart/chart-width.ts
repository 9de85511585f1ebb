/**
 * Charts are drawn at the width they are shown (one SVG unit = one CSS pixel), so their text
 * is the size written in the code on every screen, not shrunk by a viewBox on a phone.
 * Before the chart is measured (prerendered HTML) it is drawn at `fallback` and scaled.
 */
export const CHART_MIN_WIDTH = 280;
/** The smallest text a chart draws, in CSS pixels (JIS X 8341-3 and the phone rule: ≥ 11 px). */
export const CHART_FONT_PX = 11;

export function chartWidth(measured: number, fallback: number, min = CHART_MIN_WIDTH): number {
	if (!(measured > 0)) return fallback;
	return Math.max(min, Math.floor(measured));
}
