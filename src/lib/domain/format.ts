import { roundOneDecimal } from './figures';

const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInteger(n: number): string {
	return integer.format(n);
}

/** Rates are shown as MIC publishes them: a percentage with one decimal (see figures.ts for the rule). */
export function formatRate(percent: number): string {
	return `${oneDecimal.format(roundOneDecimal(percent))}%`;
}

/** Points with a sign; the sign is that of the rounded value, so a gap of −0.04 reads ±0.0pt. */
export function formatPoints(points: number): string {
	const rounded = roundOneDecimal(points);
	const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
	return `${sign}${oneDecimal.format(Math.abs(rounded))}pt`;
}
