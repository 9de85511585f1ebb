/**
 * 概要's outlook: the focus prefecture's projection from a release to each deadline and along the
 * way (the fan: the 90 % interval widening with the horizon), the nation's projected rate beside
 * it, and the projected rank. Every figure comes from `projectPrefectures` — the same projection,
 * interval and rank as `npm run project`, 全国比較 and 計画. Pure.
 */
import type { PrefectureHistoryRow } from '../sql/queries';
import type { Deadline } from '../domain/deadlines';
import { issuanceRate } from '../domain/figures';
import type { IntervalModel } from '../domain/projection-interval';
import type { Scenario } from '../domain/scenario';
import { projectPrefectures, type ProjectedPrefecture } from './what-it-takes';
import { rowsOfRelease } from './prefecture-history';

export interface OutlookPoint {
	date: string;
	rate: number;
	low: number;
	high: number;
	/** The nation's projected rate: all prefectures' projected cards ÷ their population. */
	national: number;
	rank: number;
	/** The range of ranks (best, worst) the focus may take. */
	rankLow?: number;
	rankHigh?: number;
}

/**
 * The longest horizon (days) the backtest checks the interval at: the fan is drawn up to here and
 * no further, since beyond it no past interval was tested against what was published.
 */
export const FAN_HORIZON_DAYS = 184;

export interface OutlookRow extends OutlookPoint {
	deadline: Deadline;
	/** The same under the campaign scenario, when one is set. */
	scenario: OutlookPoint | null;
}

/** The nation's rate from every prefecture's (projected) cards and population. */
export function nationalRateOf(prefectures: readonly { cards: number; population: number }[]): number {
	let cards = 0;
	let population = 0;
	for (const p of prefectures) {
		cards += p.cards;
		population += p.population;
	}
	return issuanceRate(cards, population);
}

function pointOf(projected: ProjectedPrefecture[], focus: string, date: string): OutlookPoint {
	const me = projected.find((p) => p.prefecture === focus)!;
	return { date, rate: me.projection.rate, low: me.projection.low, high: me.projection.high, national: nationalRateOf(projected), rank: me.rank, rankLow: me.rankLow, rankHigh: me.rankHigh };
}

/** Dates every `stepDays` after `from` up to `to`, with the deadlines themselves, ascending. */
export function fanDates(from: string, to: string, deadlines: readonly string[], stepDays: number): string[] {
	const dates = new Set(deadlines.filter((d) => d > from && d <= to));
	for (let t = Date.parse(`${from}T00:00:00Z`) + stepDays * 86_400_000; ; t += stepDays * 86_400_000) {
		const iso = new Date(t).toISOString().slice(0, 10);
		if (iso >= to) break;
		dates.add(iso);
	}
	dates.add(to);
	return [...dates].sort();
}

/** The last date the fan reaches: the last deadline, or `maxDays` after the release when that comes first. */
export function fanEnd(releaseDate: string, deadlines: readonly Deadline[], maxDays = Infinity): string {
	const last = deadlines.at(-1)!.date;
	if (!Number.isFinite(maxDays)) return last;
	const limit = new Date(Date.parse(`${releaseDate}T00:00:00Z`) + maxDays * 86_400_000).toISOString().slice(0, 10);
	return last < limit ? last : limit;
}

/** The fan from the release (where low = rate = high) to the last deadline, or to `maxDays` after the release. */
export function outlookFan(history: PrefectureHistoryRow[], releaseDate: string, focus: string, deadlines: readonly Deadline[], model: IntervalModel, stepDays = 14, maxDays = Infinity): OutlookPoint[] {
	const rows = rowsOfRelease(history, releaseDate);
	const me = rows.find((r) => r.prefecture === focus)!;
	const start: OutlookPoint = { date: releaseDate, rate: me.rate, low: me.rate, high: me.rate, national: nationalRateOf(rows), rank: me.rank, rankLow: me.rank, rankHigh: me.rank };
	const last = fanEnd(releaseDate, deadlines, maxDays);
	const dates = fanDates(releaseDate, last, deadlines.map((d) => d.date).filter((d) => d <= last), stepDays);
	return [start, ...dates.map((date) => pointOf(projectPrefectures(history, releaseDate, date, model), focus, date))];
}

/** One row per deadline: rate, interval, rank and the nation's rate, and the scenario's beside them. */
export function outlookRows(history: PrefectureHistoryRow[], releaseDate: string, focus: string, deadlines: readonly Deadline[], model: IntervalModel, scenario: Scenario | null): OutlookRow[] {
	return deadlines.map((deadline) => ({
		deadline,
		...pointOf(projectPrefectures(history, releaseDate, deadline.date, model), focus, deadline.date),
		scenario: scenario ? pointOf(projectPrefectures(history, releaseDate, deadline.date, model, scenario), focus, deadline.date) : null
	}));
}
