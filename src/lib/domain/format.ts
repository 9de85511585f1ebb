const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInteger(n: number): string {
	return integer.format(n);
}

/** Rates are shown as MIC publishes them: a percentage with one decimal. */
export function formatRate(percent: number): string {
	return `${oneDecimal.format(percent)}%`;
}

export function formatPoints(points: number): string {
	const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
	return `${sign}${oneDecimal.format(Math.abs(points))}pt`;
}
