/**
 * Every series projected from the releases up to `from` to `to`, with its interval and its rank by
 * projected cards ÷ population (1 = highest, ties share), and the range of ranks it may take.
 * The one definition behind the CLI (`npm run project`) and every screen that shows a projection.
 */
import { daysBetween, errorScale, project, type SeriesPoint } from './projection';
import { bucketFor, projectWithInterval, type IntervalModel, type ProjectionWithInterval } from './projection-interval';
import { applyScenario, scenarioExtraCards, type Scenario } from './scenario';

export interface ProjectedEntry {
	id: string;
	projection: ProjectionWithInterval;
	rank: number;
	/** The range of ranks (best, worst) the series may take, from joint draws (see RANK_TAIL). */
	rankLow: number;
	rankHigh: number;
}

/** Draws of the joint simulation behind the rank ranges (fixed seed: every screen and the CLI agree). */
export const RANK_DRAWS = 600;
/** Share of draws left outside each end of the rank range (chosen in the backtest: such ranges held 88–96 % of published ranks). */
export const RANK_TAIL = 0.1;

/** A small seeded generator (mulberry32): the same draws on every run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface DrawInput {
	/** Cards at the uncalibrated point; the error times `width` is added to it. */
	base: number;
	width: number;
	extra: number;
	floor: number;
	cap: number;
	population: number;
}

/** Ranks (1 = highest) of `values`, ties sharing the best. */
export function ranksOf(values: number[]): number[] {
	const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
	const ranks = new Array<number>(values.length);
	order.forEach((i, k) => (ranks[i] = k > 0 && values[order[k - 1]] === values[i] ? ranks[order[k - 1]] : k + 1));
	return ranks;
}

/**
 * Rank ranges from joint draws: each draw takes one past stretch of time (a cut-off and a target
 * date in the horizon's bucket) and gives every series an error seen in that same stretch, so a
 * national surge lifts every series at once and only their positions relative to it differ.
 */
export function rankRanges(inputs: DrawInput[], episodes: number[][], draws = RANK_DRAWS, tail = RANK_TAIL): { low: number; high: number }[] {
	const random = seededRandom(20220630);
	const seen = inputs.map(() => [] as number[]);
	for (let d = 0; d < draws; d++) {
		const episode = episodes[Math.floor(random() * episodes.length)];
		const ratios = inputs.map((x) => {
			const e = episode[Math.floor(random() * episode.length)];
			return Math.min(x.cap, Math.max(x.floor, x.base + e * x.width + x.extra)) / x.population;
		});
		ranksOf(ratios).forEach((r, i) => seen[i].push(r));
	}
	return seen.map((ranks) => {
		ranks.sort((a, b) => a - b);
		const at = (q: number) => ranks[Math.min(ranks.length - 1, Math.max(0, Math.round(q * (ranks.length - 1))))];
		return { low: at(tail), high: at(1 - tail) };
	});
}

export function projectRanking(seriesById: Map<string, SeriesPoint[]>, from: string, to: string, model: IntervalModel, scenario: Scenario | null = null): ProjectedEntry[] {
	const entries: { id: string; projection: ProjectionWithInterval; input: DrawInput }[] = [];
	for (const [id, series] of seriesById) {
		const upTo = series.filter((p) => p.date <= from);
		if (upTo.length === 0) continue;
		const base = projectWithInterval(upTo, to, model);
		const last = upTo[upTo.length - 1];
		const days = Math.max(0, daysBetween(last.date, to));
		const input: DrawInput = {
			base: project(upTo, to, model.spec.point).cards,
			width: errorScale(upTo) * days,
			extra: scenario ? scenarioExtraCards(upTo, base, to, scenario) : 0,
			floor: last.cards,
			cap: last.population,
			population: last.population
		};
		entries.push({ id, projection: scenario ? applyScenario(upTo, base, to, scenario) : base, input });
	}
	const ratio = (e: { projection: ProjectionWithInterval }) => e.projection.cards / e.projection.population;
	const ranks = ranksOf(entries.map(ratio));
	const days = entries.length ? Math.max(0, daysBetween(from, to)) : 0;
	const episodes = days > 0 ? bucketFor(model, days)?.episodes : undefined;
	const ranges = episodes && episodes.length > 0 ? rankRanges(entries.map((e) => e.input), episodes) : overlapRanges(entries.map((e) => e.projection));
	return entries.map((e, i) => ({
		id: e.id,
		projection: e.projection,
		rank: ranks[i],
		rankLow: Math.min(ranks[i], ranges[i].low),
		rankHigh: Math.max(ranks[i], ranges[i].high)
	}));
}

/** Without past errors to draw from: the ranks the intervals allow (others surely ahead, and possibly ahead). */
function overlapRanges(projections: ProjectionWithInterval[]): { low: number; high: number }[] {
	return projections.map((me, i) => ({
		low: 1 + projections.filter((o, j) => j !== i && o.lowCards / o.population > me.highCards / me.population).length,
		high: 1 + projections.filter((o, j) => j !== i && o.highCards / o.population > me.lowCards / me.population).length
	}));
}
