/**
 * 概要's page state, apart from the view: which prefecture and release the URL asks for (unknown
 * values ignored and named, the address corrected), and every figure the page shows for them.
 * Pure; the route holds the reactive wiring and draws.
 */
import type { PrefectureHistoryRow, PrefectureLeverRow } from '../sql/queries';
import { PREFECTURES } from '../domain/prefectures';
import { deadlinesAfter, type Deadline } from '../domain/deadlines';
import type { Scenario } from '../domain/scenario';
import { QueryReader, correctedQuery, ignoredNote } from '../url/query-values';
import { prefectureIntervalModel, releaseAYearBefore, rowsOfRelease, surgesOf } from '../data/prefecture-history';
import { FAN_HORIZON_DAYS, fanEnd, outlookFan, outlookRows, type OutlookPoint, type OutlookRow } from '../data/summary-outlook';
import type { Surge } from '../domain/surges';

export interface SummaryQuery {
	focus: string;
	releaseDate: string;
	/** What the address asked for and the page could not use, in one sentence; null when nothing. */
	note: string | null;
	/** The address without the ignored values ('' when none is left), or null when it needs no correction. */
	corrected: string | null;
}

/** Reads `?pref=` and `?date=` against the prefectures and the releases held; the defaults otherwise. */
export function readSummaryQuery(search: string, releases: readonly string[], defaultRelease: string, defaultPrefecture: string): SummaryQuery {
	const params = new URLSearchParams(search);
	const reader = new QueryReader(params);
	const focus = reader.pick('pref', PREFECTURES as readonly string[]) ?? defaultPrefecture;
	const releaseDate = reader.pick('date', releases) ?? defaultRelease;
	return { focus, releaseDate, note: ignoredNote(reader.ignored), corrected: reader.ignored.length ? correctedQuery(params, reader.ignored) : null };
}

/** The query for a prefecture and release, leaving out what equals the defaults, other keys kept. */
export function summaryQuery(search: string, focus: string, releaseDate: string, defaults: { prefecture: string; release: string }): string {
	const params = new URLSearchParams(search);
	for (const [key, value, fallback] of [['pref', focus, defaults.prefecture], ['date', releaseDate, defaults.release]] as const) {
		if (value === fallback) params.delete(key);
		else params.set(key, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

export interface SummaryFigures {
	me: PrefectureHistoryRow;
	count: number;
	actual: PrefectureHistoryRow[];
	previous: PrefectureHistoryRow | undefined;
	yearAgo: PrefectureHistoryRow | undefined;
	deadlines: Deadline[];
	outlook: OutlookRow[];
	/** Drawn up to `fanEnd` (at most FAN_HORIZON_DAYS after the release). */
	fan: OutlookPoint[];
	fanEnd: string;
	surges: Surge[];
}

/** Every figure of the page for one prefecture and release: the same projection as 全国比較 and `npm run project`. */
export function summaryFigures(history: PrefectureHistoryRow[], releases: readonly string[], focus: string, releaseDate: string, scenario: Scenario | null): SummaryFigures | null {
	const rows = rowsOfRelease(history, releaseDate);
	const me = rows.find((r) => r.prefecture === focus);
	if (!me) return null;
	const deadlines = deadlinesAfter(releaseDate);
	const previousDate = releases[releases.indexOf(releaseDate) - 1];
	const yearAgoDate = releaseAYearBefore([...releases], releaseDate);
	const model = prefectureIntervalModel(history, releaseDate);
	return {
		me,
		count: rows.length,
		actual: history.filter((r) => r.prefecture === focus && r.release_date <= releaseDate),
		previous: previousDate ? rowsOfRelease(history, previousDate).find((r) => r.prefecture === focus) : undefined,
		yearAgo: yearAgoDate ? rowsOfRelease(history, yearAgoDate).find((r) => r.prefecture === focus) : undefined,
		deadlines,
		outlook: outlookRows(history, releaseDate, focus, deadlines, model, scenario),
		fan: outlookFan(history, releaseDate, focus, deadlines, model, 14, FAN_HORIZON_DAYS),
		fanEnd: fanEnd(releaseDate, deadlines, FAN_HORIZON_DAYS),
		surges: surgesOf(history, releaseDate)
	};
}

/** The prefecture's levers: its municipalities, and its bureaus where the data holds them. */
export function leversOf(rows: readonly PrefectureLeverRow[], focus: string): { municipalities: PrefectureLeverRow[]; bureaus: PrefectureLeverRow[] } {
	const mine = rows.filter((r) => r.prefecture === focus && r.cards_to_national_rate > 0);
	return { municipalities: mine.filter((r) => r.unit === 'municipality'), bureaus: mine.filter((r) => r.unit === 'bureau') };
}
