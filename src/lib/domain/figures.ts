/**
 * One figure, one definition. Every figure a user reads is computed here (or in one named query)
 * from unrounded counts, and rounded exactly once, for display, by `roundOneDecimal` — which the
 * formatters in format.ts, the CSV and XLSX exports and the CLIs' JSON all call. Never subtract
 * or compare rounded figures: a gap is the difference of unrounded rates, rounded afterwards.
 */

/** One decimal, half away from zero (as MIC rounds its published rates); -0 becomes 0. */
export function roundOneDecimal(value: number): number {
	// Scaling by 10 can land just below a half (42.15 × 10 = 421.4999…): nudge by a few ulps so the
	// decimal written is the one a person would round, then round the magnitude.
	const scaled = Math.abs(value) * 10;
	const rounded = Math.round(scaled * (1 + 4 * Number.EPSILON)) / 10;
	return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** Issuance rate in percent: cards ÷ population, unrounded. */
export function issuanceRate(cards: number, population: number): number {
	return (100 * cards) / population;
}

/** Points above (+) or below (−) a reference rate, from the unrounded rates. */
export function gapPoints(rate: number, referenceRate: number): number {
	return rate - referenceRate;
}

/** Both rates a headline compares, and the gap between them, unrounded. */
export interface RateAgainstNation {
	rate: number;
	national_rate: number;
}
export function gapToNational(row: RateAgainstNation): number {
	return gapPoints(row.rate, row.national_rate);
}
