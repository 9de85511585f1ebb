/**
 * The projection's 90 % interval, learned from the data: for every past cut-off and every release
 * published within a horizon after it, the signed error of the projection, in cards per day of
 * horizon divided by the series' recent pace (`errorScale`). The interval for a new projection is
 * a pair of quantiles of those errors for its horizon bucket (5th–95th percentiles, or wider when
 * such intervals covered less than 90 % before), counting only errors whose outcome was published
 * on or before the cut-off, so a backtest of it is out of sample. Errors are asymmetric (campaign
 * surges), so are the intervals.
 */
import { clampCards, daysBetween, errorScale, project, type Projection, type ProjectionMethod, type SeriesPoint } from './projection';
import { issuanceRate } from './figures';

/** Upper ends (days) of the horizon buckets; a bucket holds horizons above the previous end. */
export const HORIZON_BUCKETS = [31, 62, 92, 184, 366] as const;
/** The buckets the backtest reports (up to half a year: a release to the end of the year is 184 days). */
export const REPORTED_BUCKETS = [31, 62, 92, 184] as const;

export function bucketOf(days: number): number {
	return HORIZON_BUCKETS.findIndex((end) => days <= end);
}

export interface ModelSpec {
	/** How the point is projected before calibration. */
	point: ProjectionMethod;
	/** Half-life (days) of the weight of past cut-offs; null weights all alike. */
	halfLifeDays: number | null;
	/** Moves the point to the median of past errors (removes a systematic bias). */
	medianCorrected: boolean;
	/**
	 * The share of past outcomes the learned width must have covered (default 0.9). Prefectures move
	 * together in a national campaign, so past coverage overstates future coverage there: a higher
	 * calibration target is what brings the stated 90 % interval to about 90 % out of sample.
	 */
	calibrationTarget?: number;
}

export type ProjectionLevel = 'prefecture' | 'municipality';

/** Chosen per level by `npm run backtest`: coverage closest to 90 % at every horizon, then the narrowest, then the smallest mean error (docs/projection-model.md). */
export const CHOSEN_MODELS: Record<ProjectionLevel, ModelSpec> = {
	prefecture: { point: 'recentPace', halfLifeDays: null, medianCorrected: false, calibrationTarget: 0.97 },
	municipality: { point: 'recentPace', halfLifeDays: 365, medianCorrected: false }
};
/** The prefectures' model: the national ranking, 概要, the plan and `npm run project`. */
export const CHOSEN_MODEL: ModelSpec = CHOSEN_MODELS.prefecture;

export function modelName(spec: ModelSpec): string {
	const target = spec.calibrationTarget ?? NOMINAL;
	return `${spec.point}+quantiles${spec.halfLifeDays == null ? '' : `/halfLife${spec.halfLifeDays}d`}${spec.medianCorrected ? '/median' : ''}${target === NOMINAL ? '' : `/calibrated${Math.round(target * 100)}`}`;
}

/** One past projection and what was published: the error, scaled (see module comment). */
export interface ErrorCase {
	cutDate: string;
	targetDate: string;
	bucket: number;
	error: number;
}

/** Every (cut-off, later release) pair of every series within the longest bucket, with its scaled error. */
export function errorCases(seriesById: Iterable<SeriesPoint[]>, point: ProjectionMethod, minHistory = 3): ErrorCase[] {
	const cases: ErrorCase[] = [];
	const maxDays = HORIZON_BUCKETS[HORIZON_BUCKETS.length - 1];
	for (const series of seriesById) {
		for (let cut = minHistory - 1; cut < series.length - 1; cut++) {
			const history = series.slice(0, cut + 1);
			const last = series[cut];
			const scale = errorScale(history);
			for (let j = cut + 1; j < series.length; j++) {
				const days = daysBetween(last.date, series[j].date);
				if (days > maxDays) break;
				const projected = project(history, series[j].date, point).cards;
				// The published rate, as cards against the population the projection divides by.
				const actual = (series[j].cards / series[j].population) * last.population;
				cases.push({ cutDate: last.date, targetDate: series[j].date, bucket: bucketOf(days), error: (actual - projected) / (scale * days) });
			}
		}
	}
	return cases;
}

export interface IntervalBucket {
	/** Cases behind the quantiles (0: none known yet). */
	cases: number;
	/** Share of past errors left outside each end, learned from past coverage (see `calibrator`, TAILS). */
	tail: number;
	low: number;
	median: number;
	high: number;
	/** The known errors grouped by (cut-off, target) date pair, for drawing every series together (rank ranges). */
	episodes?: number[][];
}

export interface IntervalModel {
	spec: ModelSpec;
	/** Only errors whose outcome was published on or before this date were used. */
	asOf: string;
	buckets: IntervalBucket[];
}

/**
 * The model without its episodes: what a single series' interval needs. The episodes (every past
 * error by stretch of time) serve only the joint draws of rank ranges, and for 1,741 municipalities
 * they are megabytes a page must not carry.
 */
export function withoutEpisodes(model: IntervalModel): IntervalModel {
	return { ...model, buckets: model.buckets.map(({ episodes: _episodes, ...bucket }) => bucket) };
}

/**
 * Tail shares tried, narrowest interval first; 0 spans the whole range of past errors (the
 * strongest surge on record), never beyond it: nothing in the data supports a stronger one.
 */
export const TAILS = [0.05, 0.025, 0.01, 0.005, 0.0025, 0] as const;
/** Fewer distinct cut-offs than this in a bucket and it borrows the nearest bucket's quantiles. */
const MIN_CUTOFFS = 3;
const NOMINAL = 0.9;

interface Quantiles {
	cases: number;
	median: number;
	/** Per tail in TAILS: [low, high]. */
	bounds: [number, number][];
	episodes: number[][];
}

/** The errors grouped by (cut-off, target): every series seen over one stretch of time, the nation's common factor included. */
function episodesOf(cases: ErrorCase[]): number[][] {
	const groups = new Map<string, number[]>();
	for (const c of cases) {
		const key = `${c.cutDate}/${c.targetDate}`;
		const g = groups.get(key);
		if (g) g.push(c.error);
		else groups.set(key, [c.error]);
	}
	return [...groups.values()];
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Quantiles of one bucket's errors as they were known at a date: the errors whose outcome was
 * published by then, each weighted by the age of its cut-off at that date. Cached per date.
 */
function quantilesOverTime(cases: ErrorCase[], halfLifeDays: number | null): (date: string) => Quantiles | null {
	const byValue = [...cases].sort((a, b) => a.error - b.error);
	const cutDay = byValue.map((c) => dayNumber(c.cutDate));
	const cache = new Map<string, Quantiles | null>();
	return (date) => {
		if (cache.has(date)) return cache.get(date)!;
		const day = dayNumber(date);
		const weights = byValue.map((c, i) => (c.targetDate > date ? 0 : halfLifeDays == null ? 1 : 0.5 ** ((day - cutDay[i]) / halfLifeDays)));
		const known = byValue.filter((_, i) => weights[i] > 0);
		let result: Quantiles | null = null;
		if (new Set(known.map((c) => c.cutDate)).size >= MIN_CUTOFFS) {
			const total = weights.reduce((s, w) => s + w, 0);
			// Smallest error whose cumulative weight reaches q of the total.
			const at = (q: number) => {
				let cumulative = 0;
				for (let i = 0; i < byValue.length; i++) {
					cumulative += weights[i];
					if (weights[i] > 0 && cumulative >= q * total - 1e-9 * total) return byValue[i].error;
				}
				return known[known.length - 1].error;
			};
			result = {
				cases: known.length,
				median: at(0.5),
				bounds: TAILS.map((t) => (t > 0 ? [at(t), at(1 - t)] : [known[0].error, known[known.length - 1].error])),
				episodes: episodesOf(known)
			};
		}
		cache.set(date, result);
		return result;
	};
}

const NO_BUCKET: IntervalBucket = { cases: 0, tail: TAILS[0], low: 0, median: 0, high: 0 };

/**
 * Interval models at any date from one set of cases (the backtest asks for one per cut-off).
 * Pooled errors understate the tails (a national campaign moves every series at once), so the
 * tail share is learned too: of TAILS, the narrowest whose intervals, each computed at its own
 * cut-off from what was known then, covered at least 90 % of the outcomes published by the date.
 */
export function calibrator(cases: ErrorCase[], spec: ModelSpec): (asOf: string) => IntervalModel {
	const perBucket = HORIZON_BUCKETS.map((_, b) => {
		const mine = cases.filter((c) => c.bucket === b);
		return { mine, cutDay: mine.map((c) => dayNumber(c.cutDate)), quantilesAt: quantilesOverTime(mine, spec.halfLifeDays) };
	});
	return (asOf) => {
		const day = dayNumber(asOf);
		const buckets = perBucket.map(({ mine, cutDay, quantilesAt }) => {
			const now = quantilesAt(asOf);
			if (!now) return NO_BUCKET;
			const inside = TAILS.map(() => 0);
			let judged = 0;
			mine.forEach((c, i) => {
				if (c.targetDate > asOf) return;
				const then = quantilesAt(c.cutDate);
				if (!then) return;
				const w = spec.halfLifeDays == null ? 1 : 0.5 ** ((day - cutDay[i]) / spec.halfLifeDays);
				judged += w;
				then.bounds.forEach(([lo, hi], t) => {
					if (c.error >= lo && c.error <= hi) inside[t] += w;
				});
			});
			// The narrowest interval that covered at least the target share (the widest when none did).
			let t = 0;
			const target = spec.calibrationTarget ?? NOMINAL;
			while (judged > 0 && t < TAILS.length - 1 && inside[t] / judged < target) t++;
			return { cases: now.cases, tail: TAILS[t], low: now.bounds[t][0], median: now.median, high: now.bounds[t][1], episodes: now.episodes };
		});
		return { spec, asOf, buckets };
	};
}

/** The interval model as of `asOf`, from cases whose outcome was published by then. */
export function calibrate(cases: ErrorCase[], spec: ModelSpec, asOf: string): IntervalModel {
	return calibrator(cases, spec)(asOf);
}

/** The interval model from every series as published up to `asOf` (the releases after it are ignored). */
export function intervalModel(seriesById: Iterable<SeriesPoint[]>, asOf: string, spec: ModelSpec = CHOSEN_MODEL): IntervalModel {
	const upTo = [...seriesById].map((s) => s.filter((p) => p.date <= asOf)).filter((s) => s.length > 0);
	return calibrate(errorCases(upTo, spec.point), spec, asOf);
}

/** The bucket for `days`, or the nearest one with cases (shorter first); null when none has any. */
export function bucketFor(model: IntervalModel, days: number): IntervalBucket | null {
	const own = Math.max(0, bucketOf(days) === -1 ? HORIZON_BUCKETS.length - 1 : bucketOf(days));
	for (let d = 0; d < HORIZON_BUCKETS.length; d++) {
		for (const b of [own - d, own + d]) if (b >= 0 && b < HORIZON_BUCKETS.length && model.buckets[b].cases > 0) return model.buckets[b];
	}
	return null;
}

export interface ProjectionWithInterval extends Projection {
	/** Bounds of the rate (percent): the 90 % interval, never below today's rate nor above 100 %. */
	low: number;
	high: number;
	/** Cards at the bounds. */
	lowCards: number;
	highCards: number;
}

/**
 * The projection of `series` (ascending, up to the cut-off) to `target` with its interval.
 * Without any calibrated bucket (the first releases), the interval spans today's rate to 100 %.
 */
export function projectWithInterval(series: SeriesPoint[], target: string, model: IntervalModel): ProjectionWithInterval {
	const last = series[series.length - 1];
	const days = Math.max(0, daysBetween(last.date, target));
	const base = project(series, target, model.spec.point);
	const bucket = days > 0 ? bucketFor(model, days) : NO_BUCKET;
	const scale = errorScale(series);
	const width = scale * days;
	const at = (q: number) => clampCards(series, base.cards + q * width);
	const cards = bucket && model.spec.medianCorrected ? at(bucket.median) : base.cards;
	const lowCards = bucket ? Math.min(cards, Math.max(at(bucket.low), lowBefore(series, model, days))) : last.cards;
	const highCards = bucket ? Math.max(cards, at(bucket.high)) : last.population;
	const rate = (c: number) => issuanceRate(c, last.population);
	return { cards, rate: rate(cards), population: last.population, low: rate(lowCards), high: rate(highCards), lowCards, highCards };
}

/**
 * The highest low of the shorter horizons' bucket ends: cards issued are not returned within a
 * population year, so the interval's low never falls as the horizon grows.
 */
function lowBefore(series: SeriesPoint[], model: IntervalModel, days: number): number {
	const last = series[series.length - 1];
	let low = last.cards;
	for (const end of HORIZON_BUCKETS) {
		if (end >= days) break;
		const bucket = bucketFor(model, end);
		if (!bucket) continue;
		const base = project(series, dayAfter(last.date, end), model.spec.point).cards;
		low = Math.max(low, clampCards(series, base + bucket.low * errorScale(series) * end));
	}
	return low;
}

function dayAfter(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
