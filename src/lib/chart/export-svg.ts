/**
 * A chart made ready for a slide: the chart's own SVG (already cloned with its styles inlined)
 * nested under a title band (title, release date) and above a credit band (legend, source
 * credits). Pure: strings and numbers in, an SVG document string out, so the layout is tested
 * in Node and the PNG's pixel size follows from `exportLayout` alone.
 */

/** System fonts only (no web font is fetched or embedded): what Windows, macOS and Linux have. */
export const EXPORT_FONT_FAMILY = `"Yu Gothic UI", "Yu Gothic", Meiryo, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", sans-serif`;

/** The PNG is drawn at twice the chart's CSS size, sharp on a projector and in print. */
export const PNG_SCALE = 2;

const PAD = 12;
const TITLE_PX = 16;
const TITLE_LINE = 22;
const DATE_PX = 12;
const DATE_LINE = 18;
const CREDIT_PX = 11;
const CREDIT_LINE = 15;
const KEY_LINE = 18;
const SWATCH = 12;

export interface LegendKey {
	color: string;
	label: string;
}

export interface ChartCaption {
	title: string;
	/** e.g. 「2022年6月30日公表」 */
	dateLine: string;
	/** One line each, e.g. 「出典：総務省「マイナンバーカード交付状況」」 */
	credits: readonly string[];
	legend?: readonly LegendKey[];
}

export interface ExportLayout {
	width: number;
	height: number;
	chartWidth: number;
	chartHeight: number;
	/** Title band above the chart. */
	headerHeight: number;
	/** Legend and credit band below the chart. */
	footerHeight: number;
	titleLines: string[];
	legendRows: LegendKey[][];
	creditLines: string[];
}

/** Width of text in px, estimated: full-width characters 1 em, others 0.6 em (no DOM in Node). */
export function estimateTextWidth(text: string, px: number): number {
	let ems = 0;
	for (const ch of text) ems += /[\u0000-\u024f\uff61-\uff9f]/.test(ch) ? 0.6 : 1;
	return ems * px;
}

/** Greedy wrap by character (Japanese breaks anywhere) into lines no wider than `max`. */
export function wrapText(text: string, px: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text) {
		if (line && estimateTextWidth(line + ch, px) > max) {
			lines.push(line);
			line = '';
		}
		line += ch;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

function legendWidth(key: LegendKey): number {
	return SWATCH + 4 + estimateTextWidth(key.label, CREDIT_PX) + 12;
}

function wrapLegend(keys: readonly LegendKey[], max: number): LegendKey[][] {
	const rows: LegendKey[][] = [];
	let row: LegendKey[] = [];
	let used = 0;
	for (const key of keys) {
		const w = legendWidth(key);
		if (row.length && used + w > max) {
			rows.push(row);
			row = [];
			used = 0;
		}
		row.push(key);
		used += w;
	}
	if (row.length) rows.push(row);
	return rows;
}

/** The exported document's size and bands for a chart drawn at `chartWidth` × `chartHeight` CSS px. */
export function exportLayout(chartWidth: number, chartHeight: number, caption: ChartCaption): ExportLayout {
	const width = Math.max(1, Math.round(chartWidth));
	const height = Math.max(1, Math.round(chartHeight));
	const inner = width - 2 * PAD;
	const titleLines = wrapText(caption.title, TITLE_PX, inner);
	const legendRows = wrapLegend(caption.legend ?? [], inner);
	const creditLines = caption.credits.flatMap((c) => wrapText(c, CREDIT_PX, inner));
	const headerHeight = PAD + titleLines.length * TITLE_LINE + DATE_LINE + 6;
	const footerHeight = 6 + legendRows.length * KEY_LINE + creditLines.length * CREDIT_LINE + PAD;
	return { width, height: headerHeight + height + footerHeight, chartWidth: width, chartHeight: height, headerHeight, footerHeight, titleLines, legendRows, creditLines };
}

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * The whole document. `chartSvg` is the chart's serialised <svg> (its viewBox kept): it is nested
 * at the chart's CSS size so the drawing scales exactly as on screen.
 */
export function composeChartSvg(chartSvg: string, layout: ExportLayout, caption: ChartCaption): string {
	const { width, height, headerHeight, chartWidth, chartHeight } = layout;
	const nested = chartSvg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
		const kept = attrs.replace(/\s(?:x|y|width|height|overflow|style|class|role|tabindex)="[^"]*"/g, '');
		return `<svg${kept} x="0" y="${headerHeight}" width="${chartWidth}" height="${chartHeight}" overflow="hidden">`;
	});
	const text = (x: number, y: number, px: number, body: string, extra = '') =>
		`<text x="${x}" y="${y}" font-size="${px}"${extra} fill="#111">${escapeXml(body)}</text>`;
	const parts: string[] = [];
	let y = PAD;
	for (const line of layout.titleLines) parts.push(text(PAD, (y += TITLE_LINE) - 5, TITLE_PX, line, ' font-weight="700"'));
	parts.push(text(PAD, (y += DATE_LINE) - 4, DATE_PX, caption.dateLine));
	y = headerHeight + chartHeight + 6;
	for (const row of layout.legendRows) {
		let x = PAD;
		for (const key of row) {
			parts.push(`<rect x="${x}" y="${y + 3}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(key.color)}" stroke="#888" stroke-width="1"/>`);
			parts.push(text(x + SWATCH + 4, y + 13, CREDIT_PX, key.label));
			x += legendWidth(key);
		}
		y += KEY_LINE;
	}
	for (const line of layout.creditLines) parts.push(text(PAD, (y += CREDIT_LINE) - 3, CREDIT_PX, line, ' fill-opacity="0.85"'));
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${EXPORT_FONT_FAMILY}'>` +
		`<title>${escapeXml(caption.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="#fff"/>` +
		parts.join('') +
		nested +
		`</svg>\n`
	);
}

/** kofuritsu-<slug>-<date>.<ext>, the slug kept to file-safe ASCII. */
export function chartFileName(slug: string, date: string, ext: 'svg' | 'png'): string {
	const safe = slug.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
	return `kofuritsu-${safe}-${date}.${ext}`;
}
