/**
 * The prerendered per-release views (/views/<kind>/<date>.json): a few KB each, served by the site
 * itself, so a release change or a deep link is answered before DuckDB-wasm has started.
 * Only releases of the build exist as files; anything else (a browser import) is asked of DuckDB.
 */
import { base } from '$app/paths';
import type { ReleaseViewKind, ReleaseViewOf } from '../data/release-view-kinds';
import type { ReleaseView } from '../data/headline';
import { unpackReleaseView, type PackedReleaseView } from '../data/packed-release-views';
import { prefectureCode } from '../domain/prefectures';
import type { PrefectureStart } from '../map/map-page.svelte';
import { prefectureStartFile } from '../map/prefecture-start-hint';

const fetched = new Map<string, Promise<unknown>>();

/** A prerendered JSON file of the site, fetched once per page (null when it is not there). */
function fetchOnce<T>(url: string): Promise<T | null> {
	let file = fetched.get(url);
	if (!file) {
		file = fetch(url).then((response) => (response.ok ? response.json() : null));
		// A failed fetch (offline without the file, a server hiccup) may be retried later.
		file.catch(() => fetched.delete(url));
		fetched.set(url, file);
	}
	return file as Promise<T | null>;
}

export function fetchReleaseView<K extends ReleaseViewKind>(kind: K, date: string): Promise<ReleaseViewOf[K] | null> {
	return fetchOnce(`${base}/views/${kind}/${date}.json`);
}

let allMapViews: Promise<ReleaseView[]> | null = null;

/** Every map view of the build (/views/map-all.json), fetched once: release jumps answer from memory. */
export function fetchAllMapViews(): Promise<ReleaseView[]> {
	allMapViews ??= fetch(`${base}/views/map-all.json`)
		.then((response) => (response.ok ? (response.json() as Promise<PackedReleaseView[]>) : []))
		.then((packed) => packed.map(unpackReleaseView));
	allMapViews.catch(() => (allMapViews = null));
	return allMapViews;
}

/**
 * Another prefecture's first map (/views/prefecture/<PP>.json: shapes, latest view, peer ranks), or null.
 * Fetched once: the map page asks for it as its script starts, before hydration, and again on mount.
 */
export function fetchPrefectureStart(prefecture: string): Promise<PrefectureStart | null> {
	const code = prefectureCode(prefecture);
	return code ? fetchOnce(`${base}/${prefectureStartFile(code)}`) : Promise.resolve(null);
}
