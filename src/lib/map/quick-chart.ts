/**
 * Which columns of an ad-hoc result make a quick bar chart: the first text or date column
 * as labels and the first numeric column as values. null when the result has no such pair.
 */
export interface QuickChart {
	label: number;
	value: number;
	bars: { label: string; value: number }[];
}

export const QUICK_CHART_MAX_BARS = 60;

export function quickChart(columns: { name: string; type: string }[], rows: (string | number | boolean | null)[][]): QuickChart | null {
	const numeric = (type: string) => /^(Int|Uint|Float|Decimal)/.test(type);
	const value = columns.findIndex((c) => numeric(c.type));
	const label = columns.findIndex((c, i) => i !== value && !numeric(c.type));
	if (value < 0 || label < 0 || rows.length === 0) return null;
	const bars = rows
		.slice(0, QUICK_CHART_MAX_BARS)
		.filter((r) => typeof r[value] === 'number' && Number.isFinite(r[value]))
		.map((r) => ({ label: String(r[label] ?? ''), value: r[value] as number }));
	return bars.length ? { label, value, bars } : null;
}
