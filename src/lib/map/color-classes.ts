/**
 * Classed colour scales for the choropleth: breaks from the data's quantiles, rounded so
 * the legend can write them out, and a colour-blind-safe sequential palette.
 */
import { quantileSorted } from 'd3-array';
import { interpolateYlGnBu, schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';
import { roundOneDecimal } from '../domain/figures';

export interface ColorClasses {
	/** Upper-exclusive thresholds between classes, ascending; classes = breaks.length + 1. */
	breaks: number[];
	colors: string[];
	min: number;
	max: number;
	/** Breaks that carry a name in the legend, e.g. the national rate. */
	named?: { value: number; label: string }[];
}

export const NO_DATA_COLOR = '#d9d9d9';

/** Quantile breaks rounded to `decimals`, duplicates removed (ties collapse classes). */
export function quantileBreaks(values: number[], classCount: number, decimals = 1): number[] {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const factor = 10 ** decimals;
	const breaks: number[] = [];
	for (let i = 1; i < classCount; i++) {
		const b = Math.round(quantileSorted(sorted, i / classCount)! * factor) / factor;
		if (b > sorted[0] && b <= sorted[sorted.length - 1] && !breaks.includes(b)) breaks.push(b);
	}
	return breaks;
}

export function sequentialClasses(values: number[], classCount = 6, decimals = 1): ColorClasses {
	const breaks = quantileBreaks(values, classCount, decimals);
	const finite = values.filter(Number.isFinite);
	const palette = schemeYlGnBu[Math.max(3, breaks.length + 1)] as readonly string[];
	return {
		breaks,
		colors: palette.slice(0, breaks.length + 1),
		min: finite.length ? Math.min(...finite) : NaN,
		max: finite.length ? Math.max(...finite) : NaN
	};
}

/** The fixed scale's breaks: every 10 points of rate, the same in every release. */
export const FIXED_RATE_STEPS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

/** A fixed colour for a rate range, from its midpoint (0–90 % spans the palette): higher uptake, darker. */
function fixedRateColor(from: number, to: number): string {
	return interpolateYlGnBu(Math.min(1, 0.05 + (0.95 * (from + to)) / 2 / 90));
}

/**
 * Rate classes fixed across releases, so playing through them shows the map darken as uptake
 * rises: breaks every 10 points, plus the national rate of the release shown (rounded as it is
 * displayed) as a named boundary. Only the classes from the lowest value (or the national rate)
 * to the highest are kept, so the legend lists what can be seen; their bounds stay fixed.
 */
export function fixedRateClasses(values: number[], nationalRate: number, nationalLabel = '全国'): ColorClasses {
	const finite = values.filter(Number.isFinite);
	const national = roundOneDecimal(nationalRate);
	const all = [...new Set([...FIXED_RATE_STEPS, national])].filter((b) => b > 0 && b < 100).sort((a, b) => a - b);
	const min = finite.length ? Math.min(...finite) : national;
	const max = finite.length ? Math.max(...finite) : national;
	const first = classIndex(Math.min(min, national), all);
	const last = classIndex(Math.max(max, national), all);
	const bounds = [0, ...all, 100];
	const colors: string[] = [];
	for (let i = first; i <= last; i++) colors.push(fixedRateColor(bounds[i], bounds[i + 1]));
	return {
		breaks: all.slice(first, last),
		colors,
		// The legend's ends are the fixed bounds too, not this release's extremes.
		min: bounds[first],
		max: bounds[last + 1],
		named: [{ value: national, label: nationalLabel }]
	};
}

/**
 * Classes symmetric around 0 for gaps (points above or below a reference rate): breaks at
 * ±the terciles of the absolute gaps and at 0, so equal distances get equal colour strength.
 * PuOr: orange below, purple above; both ends stay distinct for colour-blind readers.
 */
export function divergingClasses(values: number[], decimals = 1): ColorClasses {
	const finite = values.filter(Number.isFinite);
	const magnitudes = quantileBreaks(finite.map(Math.abs), 3, decimals).filter((b) => b > 0);
	const breaks = [...magnitudes.map((b) => -b).reverse(), 0, ...magnitudes];
	const palette = [...(schemePuOr[Math.max(3, breaks.length + 1)] as readonly string[])].reverse();
	return {
		breaks,
		colors: palette.slice(0, breaks.length + 1),
		min: finite.length ? Math.min(...finite) : NaN,
		max: finite.length ? Math.max(...finite) : NaN
	};
}

/** Index of the class a value falls in: the number of breaks at or below it. */
export function classIndex(value: number, breaks: number[]): number {
	let i = 0;
	while (i < breaks.length && value >= breaks[i]) i++;
	return i;
}

export function colorOf(value: number | null | undefined, classes: ColorClasses): string {
	if (value == null || !Number.isFinite(value)) return NO_DATA_COLOR;
	return classes.colors[classIndex(value, classes.breaks)];
}

/** Legend rows: "〜 35.2", "35.2 〜 38.0", …, "45.1 〜". */
export function classLabels(classes: ColorClasses, format: (n: number) => string): string[] {
	const { breaks } = classes;
	const name = (n: number) => {
		const named = classes.named?.find((m) => m.value === n);
		return named ? `${format(n)}（${named.label}）` : format(n);
	};
	return classes.colors.map((_, i) => {
		if (breaks.length === 0) return `${format(classes.min)} 〜 ${format(classes.max)}`;
		if (i === 0) return `${format(classes.min)} 〜 ${name(breaks[0])} 未満`;
		if (i === breaks.length) return `${name(breaks[i - 1])} 〜 ${format(classes.max)}`;
		return `${name(breaks[i - 1])} 〜 ${name(breaks[i])} 未満`;
	});
}
