import { roundOneDecimal } from './figures';

const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInteger(n: number): string {
	return integer.format(n);
}

/** What a figure that cannot be computed (no population to divide by) shows: never NaN. */
export const NO_FIGURE = '—';

/** Rates are shown as MIC publishes them: a percentage with one decimal (see figures.ts for the rule); 「—」 when there is none. */
export function formatRate(percent: number | null | undefined): string {
	if (percent == null || !Number.isFinite(percent)) return NO_FIGURE;
	return `${oneDecimal.format(roundOneDecimal(percent))}%`;
}

/** Points with a sign; the sign is that of the rounded value, so a gap of −0.04 reads ±0.0pt. */
export function formatPoints(points: number | null | undefined): string {
	if (points == null || !Number.isFinite(points)) return NO_FIGURE;
	const rounded = roundOneDecimal(points);
	const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
	return `${sign}${oneDecimal.format(Math.abs(rounded))}pt`;
}
