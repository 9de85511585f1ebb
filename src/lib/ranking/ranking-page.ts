/**
 * 全国比較's URL state, apart from the view: the focus prefecture, the release and the measure the
 * address asks for, read against what is held (unknown values ignored, named, and dropped from the
 * address), and the address for a change. Pure; the route holds the reactive wiring.
 */
import { PREFECTURES } from '../domain/prefectures';
import { resolveMetric, type Metric, type ReleaseMeasures } from '../domain/release-measures';
import { QueryReader, correctedQuery, ignoredNote } from '../url/query-values';

export interface RankingQuery {
	focus: string;
	releaseDate: string;
	metric: Metric;
	note: string | null;
	/** The address without the ignored values, or null when it needs no correction. */
	corrected: string | null;
}

export function readRankingQuery(search: string, releaseMeasures: readonly ReleaseMeasures[], defaultPrefecture: string): RankingQuery {
	const params = new URLSearchParams(search);
	const reader = new QueryReader(params);
	const releases = releaseMeasures.map((r) => r.release_date);
	const focus = reader.pick('pref', PREFECTURES as readonly string[]) ?? defaultPrefecture;
	const releaseDate = reader.pick('date', releases) ?? releases.at(-1)!;
	const wanted = reader.pick('measure', ['held', 'issued'] as const) ?? 'issued';
	const metric = resolveMetric(releaseMeasures, releaseDate, wanted) ?? 'issued';
	return { focus, releaseDate, metric, note: ignoredNote(reader.ignored), corrected: reader.ignored.length ? correctedQuery(params, reader.ignored) : null };
}

/** The query after `patch` (null deletes a key); the default prefecture is left out of the address. */
export function rankingQuery(search: string, patch: Record<string, string | null>, defaultPrefecture: string): string {
	const next = new URLSearchParams(search);
	for (const [k, v] of Object.entries(patch)) (v == null || (k === 'pref' && v === defaultPrefecture) ? next.delete(k) : next.set(k, v));
	return next.toString() ? `?${next}` : '';
}
