/**
 * The データ page's list of releases: every release the site holds, with the measures it has.
 * A release of cards held alone (保有枚数) has no row in `releases`: it is listed from its holdings.
 */
import type { ReleaseRow } from '../sql/queries';
import { metricsAt, type Metric, type ReleaseMeasures } from '../domain/release-measures';

export interface ReleaseListRow extends ReleaseRow {
	metrics: Metric[];
}

/** `stored`: the dates imported in this browser (IndexedDB), the source of a holdings-only release found there. */
export function releaseListRows(releases: readonly ReleaseRow[], measures: readonly ReleaseMeasures[], stored: ReadonlySet<string>): ReleaseListRow[] {
	const listed = new Set(releases.map((r) => r.release_date));
	const heldOnly = measures
		.filter((m) => !listed.has(m.release_date))
		.map((m) => ({ release_date: m.release_date, population_base_date: '', source: stored.has(m.release_date) ? 'browser' : 'import', has_demographics: false }));
	return [...releases, ...heldOnly]
		.map((r) => ({ ...r, metrics: metricsAt(measures, r.release_date) }))
		.sort((a, b) => a.release_date.localeCompare(b.release_date));
}
