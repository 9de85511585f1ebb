/**
 * Small per-release views written as static files at build time (/views/<kind>/<date>.json), so a
 * deep link or a release change is answered at once, before DuckDB-wasm has started, and offline.
 * They hold exactly what the named queries return: the same figures as the engine would give.
 */
import { NODE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleaseMeasures, listReleases, readReleaseView, type ReleaseView } from '../data/headline';
import { releasesWith } from '../domain/release-measures';
import type { ReleaseViewKind } from '../data/release-view-kinds';
import type { NationalMunicipalRates } from '../data/national-municipal-rates';
import { NATIONAL_MUNICIPAL_RATES, PREFECTURE_LEVERS, type PrefectureLeverRow, type NationalMunicipalRateRow } from '../sql/queries';
import type { Metric } from '../domain/release-measures';
import { SITE_PREFECTURE } from '../domain/site-prefecture';

let dates: Promise<string[]> | null = null;

/** The build's releases, asked once per build (each of the 120 views needs them). */
export function releaseDates(): Promise<string[]> {
	dates ??= sharedDataEngine(NODE_DATA_DIR).then(async (engine) => (await listReleases(engine)).map((r) => r.release_date));
	return dates;
}

let heldDates: Promise<string[]> | null = null;

/** The build's releases of cards held (保有枚数), asked once per build. */
export function heldReleaseDates(): Promise<string[]> {
	heldDates ??= sharedDataEngine(NODE_DATA_DIR).then(async (engine) => releasesWith(await listReleaseMeasures(engine), 'held'));
	return heldDates;
}

/**
 * The map's view of a prefecture's release of `metric`, compared with the release of that measure
 * before it (the map's default). Null when the release has no figure for the prefecture.
 */
export async function mapView(date: string, metric: Metric = 'issued', prefecture: string = SITE_PREFECTURE): Promise<ReleaseView | null> {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = metric === 'held' ? await heldReleaseDates() : await releaseDates();
	const i = releases.indexOf(date);
	return i < 0 ? null : readReleaseView(engine, { prefecture, releaseDate: date, baseDate: releases[i - 1] ?? null, metric });
}

/** The national distribution of a release, column by column as /ranking/ reads it. */
export async function municipalRates(date: string): Promise<NationalMunicipalRates> {
	return (await sharedDataEngine(NODE_DATA_DIR)).queryColumns<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, [date]);
}

/** Every prefecture's levers (its municipalities, and its bureaus where the data holds them). */
export async function levers(date: string): Promise<PrefectureLeverRow[]> {
	return (await sharedDataEngine(NODE_DATA_DIR)).query<PrefectureLeverRow>(PREFECTURE_LEVERS, [date]);
}

export { HELD_RELEASE_VIEW_KINDS, RELEASE_VIEW_KINDS, type ReleaseViewKind } from '../data/release-view-kinds';

export function readReleaseViewFile(kind: ReleaseViewKind, date: string): Promise<unknown> {
	if (kind === 'map' || kind === 'map-held') return mapView(date, kind === 'map' ? 'issued' : 'held');
	return kind === 'municipalities' ? municipalRates(date) : levers(date);
}
