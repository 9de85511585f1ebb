/** Views of the rank history (PREFECTURE_HISTORY rows) that the ranking and summary pages draw. */
import type { PrefectureHistoryRow } from '../sql/queries';
import type { SeriesPoint } from '../domain/projection';
import { intervalModel, type IntervalModel } from '../domain/projection-interval';
import { groupSeries } from './series';
import { findSurges, nationalSeries, type Surge } from '../domain/surges';

export function rowsOfRelease(history: PrefectureHistoryRow[], releaseDate: string): PrefectureHistoryRow[] {
	return history.filter((r) => r.release_date === releaseDate).sort((a, b) => a.rank - b.rank || a.pref_code - b.pref_code);
}

export function seriesOf(history: PrefectureHistoryRow[], prefecture: string, upTo?: string): SeriesPoint[] {
	return history
		.filter((r) => r.prefecture === prefecture && (!upTo || r.release_date <= upTo))
		.map((r) => ({ date: r.release_date, population: r.population, cards: r.cards }))
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** The prefectures ranked within `each` places of the focus in `releaseDate`, focus included. */
export function rankNeighbours(history: PrefectureHistoryRow[], focus: string, releaseDate: string, each: number): string[] {
	const rows = rowsOfRelease(history, releaseDate);
	const i = rows.findIndex((r) => r.prefecture === focus);
	return rows.slice(Math.max(0, i - each), i + each + 1).map((r) => r.prefecture);
}

/** The release about a year before `releaseDate` (the latest one at least 360 days earlier). */
export function releaseAYearBefore(releases: string[], releaseDate: string): string | null {
	const limit = new Date(Date.parse(releaseDate) - 360 * 86_400_000).toISOString().slice(0, 10);
	return releases.filter((r) => r <= limit).at(-1) ?? null;
}

/** Every prefecture's series, for the projection. */
export function seriesByPrefecture(history: PrefectureHistoryRow[]): Map<string, SeriesPoint[]> {
	return groupSeries(history.map((r) => ({ id: r.prefecture, release_date: r.release_date, population: r.population, cards: r.cards })));
}

/** The projection interval as the prefectures' releases up to `releaseDate` teach it (the same as `npm run project`). */
export function prefectureIntervalModel(history: PrefectureHistoryRow[], releaseDate: string): IntervalModel {
	return intervalModel(seriesByPrefecture(history).values(), releaseDate);
}

/** Past national surges of issuance in the releases up to `releaseDate` (for campaign scenarios). */
export function surgesOf(history: PrefectureHistoryRow[], releaseDate: string): Surge[] {
	return findSurges(nationalSeries(seriesByPrefecture(history.filter((r) => r.release_date <= releaseDate)).values()));
}
