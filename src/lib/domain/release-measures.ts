/**
 * Which measure each release has. Until 2022 MIC published 交付枚数 (cards issued, cumulative);
 * from the June 2023 month-end it publishes 保有枚数 (cards held). They are different quantities, so
 * every screen asks here which one a release has and never shows one under the other's label.
 */

/** issued: 交付枚数・交付率; held: 保有枚数・保有枚数率. */
export type Metric = 'issued' | 'held';
export const METRICS: readonly Metric[] = ['issued', 'held'];

export interface ReleaseMeasures {
	release_date: string;
	issued: boolean;
	held: boolean;
}

/** The releases that have `metric`, in date order. */
export function releasesWith(list: readonly ReleaseMeasures[], metric: Metric): string[] {
	return list.filter((r) => r[metric]).map((r) => r.release_date);
}

/** The measures a release has (none for an unknown date). */
export function metricsAt(list: readonly ReleaseMeasures[], date: string): Metric[] {
	const release = list.find((r) => r.release_date === date);
	return release ? METRICS.filter((m) => release[m]) : [];
}

/** The measure to show at `date`: the one asked for if the release has it, else the one it has (or null). */
export function resolveMetric(list: readonly ReleaseMeasures[], date: string, wanted: Metric): Metric | null {
	const available = metricsAt(list, date);
	return available.includes(wanted) ? wanted : (available[0] ?? null);
}

/** The date of the first release with cards held: where the series break. Null when there is none. */
export function firstHeldRelease(list: readonly ReleaseMeasures[]): string | null {
	return list.find((r) => r.held)?.release_date ?? null;
}

/** The list from the dates of each measure's rows (e.g. the rank histories of both). */
export function releaseMeasuresFrom(issuedDates: Iterable<string>, heldDates: Iterable<string>): ReleaseMeasures[] {
	const issued = new Set(issuedDates);
	const held = new Set(heldDates);
	return [...new Set([...issued, ...held])].sort().map((release_date) => ({ release_date, issued: issued.has(release_date), held: held.has(release_date) }));
}

/** The list from plain dates when only issued releases are known (the prerendered list of the build). */
export function issuedOnly(dates: readonly string[]): ReleaseMeasures[] {
	return dates.map((release_date) => ({ release_date, issued: true, held: false }));
}

/**
 * Fewest releases of a measure a projection is learned from: the pace needs two, the interval
 * model past cut-offs with outcomes after them, over more than one horizon bucket.
 */
export const MIN_RELEASES_FOR_PROJECTION = 6;

export function projectionAvailable(list: readonly ReleaseMeasures[], metric: Metric): boolean {
	return releasesWith(list, metric).length >= MIN_RELEASES_FOR_PROJECTION;
}
