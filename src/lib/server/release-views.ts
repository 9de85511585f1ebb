/**
 * Small per-release views written as static files at build time (/views/<kind>/<date>.json), so a
 * deep link or a release change is answered at once, before DuckDB-wasm has started, and offline.
 * They hold exactly what the named queries return: the same figures as the engine would give.
 */
import { GENERATED_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleaseMeasures, listReleases, readReleaseView, type ReleaseView } from '../data/headline';
import { releasesWith } from '../domain/release-measures';
import type { ReleaseViewKind } from '../data/release-view-kinds';
import type { NationalMunicipalRates } from '../data/national-municipal-rates';
import { NATIONAL_MUNICIPAL_RATES, PREFECTURE_LEVERS, type PrefectureLeverRow, type NationalMunicipalRateRow } from '../sql/queries';

let dates: Promise<string[]> | null = null;

/** The build's releases, asked once per build (each of the 120 views needs them). */
export function releaseDates(): Promise<string[]> {
	dates ??= sharedDataEngine(GENERATED_DATA_DIR).then(async (engine) => (await listReleases(engine)).map((r) => r.release_date));
	return dates;
}

let heldDates: Promise<string[]> | null = null;

/** The build's releases of cards held (保有枚数), asked once per build. */
export function heldReleaseDates(): Promise<string[]> {
	heldDates ??= sharedDataEngine(GENERATED_DATA_DIR).then(async (engine) => releasesWith(await listReleaseMeasures(engine), 'held'));
	return heldDates;
}

/** The map's view of a release by cards held, compared with the release of cards held before it. */
export async function heldMapView(date: string): Promise<ReleaseView> {
	const engine = await sharedDataEngine(GENERATED_DATA_DIR);
	const releases = await heldReleaseDates();
	const i = releases.indexOf(date);
	const view = i < 0 ? null : await readReleaseView(engine, date, releases[i - 1] ?? null, 'held');
	if (!view) throw new Error(`${date} の北海道の保有枚数のデータがありません`);
	return view;
}

/** The map's view of a release, compared with the release before it (the map's default). */
export async function mapView(date: string): Promise<ReleaseView> {
	const engine = await sharedDataEngine(GENERATED_DATA_DIR);
	const releases = await releaseDates();
	const i = releases.indexOf(date);
	const view = i < 0 ? null : await readReleaseView(engine, date, releases[i - 1] ?? null);
	if (!view) throw new Error(`${date} の北海道のデータがありません`);
	return view;
}

/** The national distribution of a release, column by column as /ranking/ reads it. */
export async function municipalRates(date: string): Promise<NationalMunicipalRates> {
	return (await sharedDataEngine(GENERATED_DATA_DIR)).queryColumns<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, [date]);
}

/** Every prefecture's levers (its municipalities, and its bureaus where the data holds them). */
export async function levers(date: string): Promise<PrefectureLeverRow[]> {
	return (await sharedDataEngine(GENERATED_DATA_DIR)).query<PrefectureLeverRow>(PREFECTURE_LEVERS, [date]);
}

export { HELD_RELEASE_VIEW_KINDS, RELEASE_VIEW_KINDS, type ReleaseViewKind } from '../data/release-view-kinds';

export function readReleaseViewFile(kind: ReleaseViewKind, date: string): Promise<unknown> {
	if (kind === 'map-held') return heldMapView(date);
	return kind === 'map' ? mapView(date) : kind === 'municipalities' ? municipalRates(date) : levers(date);
}
