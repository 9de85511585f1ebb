/** Summary statistics the benchmark prints: median, p95 and spread of repeated runs. */
export interface Summary {
	n: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

/** Quantile by linear interpolation between closest ranks (as d3.quantile). */
export function quantile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export function summarize(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}
