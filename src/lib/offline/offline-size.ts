/**
 * How much this build keeps in the browser for offline use, by kind: DuckDB (wasm and worker
 * scripts), the data (tables, boundaries), the pages and the rest of the scripts. Read from the
 * cache itself, so it says what is stored, not what should be.
 */
import { version } from '$app/environment';
import { cacheNameFor } from '../engine/wasm-cache';
import { siteUrl } from '../engine/site-location';

export interface OfflineSize {
	total: number;
	engine: number;
	data: number;
	pages: number;
}

/** Which kind a kept file's path is. */
export function keptKind(path: string): Exclude<keyof OfflineSize, 'total'> {
	if (/\/duckdb-[^/]*\.(wasm|js)$/.test(path)) return 'engine';
	if (/\/data\/[^/_][^/]*\.[a-z.]+$|\/data\/boundaries\//.test(path)) return 'data';
	return 'pages';
}

/** The bytes of kept files (`path` as in their URL), summed by kind. */
export function sizeByKind(entries: readonly { path: string; bytes: number }[]): OfflineSize {
	const size: OfflineSize = { total: 0, engine: 0, data: 0, pages: 0 };
	for (const { path, bytes } of entries) {
		size[keptKind(path)] += bytes;
		size.total += bytes;
	}
	return size;
}

/** Bytes as people read them: `34.2 MB`, `980 KB` (decimal units, as phones show storage). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** What this build's cache holds now; null where there is no cache (insecure context, nothing kept). */
export async function keptSize(): Promise<OfflineSize | null> {
	if (typeof caches === 'undefined') return null;
	const name = cacheNameFor(siteUrl(), version);
	if (!(await caches.has(name))) return null;
	const cache = await caches.open(name);
	const entries: { path: string; bytes: number }[] = [];
	for (const request of await cache.keys()) {
		const response = await cache.match(request);
		if (response) entries.push({ path: new URL(request.url).pathname, bytes: (await response.blob()).size });
	}
	return sizeByKind(entries);
}
