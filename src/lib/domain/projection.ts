/**
 * Projecting issuance to a future date from the releases before it. Cards are projected, not
 * the rate: the rate's denominator jumps every January when the population base date changes,
 * while cards grow smoothly. The projected rate divides by the latest known population (the
 * only one known at the cut-off). Time is counted in days, since releases are irregular.
 */
import { issuanceRate } from './figures';

export interface SeriesPoint {
	date: string;
	population: number;
	cards: number;
}

export type ProjectionMethod = 'recentPace' | 'pace60' | 'cardsTrend3' | 'naiveRateTrend3';

export const PROJECTION_METHODS: Record<ProjectionMethod, string> = {
	recentPace: '直近の交付ペース（最新2回の間の1日あたり交付枚数）を延長',
	pace60: '直近約2か月の交付ペース（56日以上前の公表から最新までの1日あたり交付枚数）を延長',
	cardsTrend3: '直近3回の交付枚数の直線回帰を延長',
	naiveRateTrend3: '直近3回の交付率の直線回帰を延長（比較用の素朴な方法）'
};

const DAY_MS = 86_400_000;
export function daysBetween(from: string, to: string): number {
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/** Least-squares line through (x, y); returns the value at x0. With one point, that point's y. */
function lineAt(xs: number[], ys: number[], x0: number): number {
	const n = xs.length;
	const mx = xs.reduce((s, x) => s + x, 0) / n;
	const my = ys.reduce((s, y) => s + y, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		sxx += (xs[i] - mx) ** 2;
		sxy += (xs[i] - mx) * (ys[i] - my);
	}
	return sxx === 0 ? my : my + (sxy / sxx) * (x0 - mx);
}

/** Cards per day between the latest release and the latest one at least `minDays` before it (or the first). */
export function paceOver(series: SeriesPoint[], minDays: number): number {
	const last = series[series.length - 1];
	let i = series.length - 2;
	while (i > 0 && daysBetween(series[i].date, last.date) < minDays) i--;
	if (i < 0) return 0;
	const days = daysBetween(series[i].date, last.date);
	return days > 0 ? (last.cards - series[i].cards) / days : 0;
}

/**
 * The scale the interval's errors are measured in: cards per day over the last two months or so,
 * floored at one card per million people a day so that a flat series still gets an interval.
 */
export function errorScale(series: SeriesPoint[]): number {
	const last = series[series.length - 1];
	return Math.max(paceOver(series, 56), last.population * 1e-6);
}

export interface Projection {
	cards: number;
	/** Percent, against the latest known population. */
	rate: number;
	population: number;
}

/** Cards can neither fall below those already issued nor exceed the population. */
export function clampCards(series: SeriesPoint[], cards: number): number {
	const last = series[series.length - 1];
	return Math.min(last.population, Math.max(last.cards, cards));
}

/** Projects `series` (ascending dates, all at or before the cut-off) to `target`. */
export function project(series: SeriesPoint[], target: string, method: ProjectionMethod): Projection {
	if (series.length === 0) throw new Error('project: empty series');
	const last = series[series.length - 1];
	const tail = series.slice(-3);
	const x = (p: SeriesPoint) => daysBetween(last.date, p.date);
	const t = daysBetween(last.date, target);
	let cards: number;
	if (method === 'naiveRateTrend3') {
		const rate = lineAt(tail.map(x), tail.map((p) => issuanceRate(p.cards, p.population)), t);
		return { cards: (rate / 100) * last.population, rate, population: last.population };
	}
	if (method === 'cardsTrend3') cards = lineAt(tail.map(x), tail.map((p) => p.cards), t);
	else cards = last.cards + paceOver(series, method === 'pace60' ? 56 : 0) * t;
	cards = clampCards(series, cards);
	return { cards, rate: issuanceRate(cards, last.population), population: last.population };
}
