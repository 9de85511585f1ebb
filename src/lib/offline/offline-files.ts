/**
 * Which of the site's files the service worker keeps for offline use: what the browser reads,
 * nothing it only might. The lists come from `$service-worker` (build, files, prerendered); this
 * rule is kept apart from the worker so it is tested in Node and read by the build check.
 *
 * Left out:
 * - DuckDB's wasm, plain (`.wasm`) and compressed (`.wasm.gz`): the service worker stores the
 *   inflated wasm by itself, outside the all-or-nothing install (34 MB must not fail it), and
 *   with it stored nothing ever asks for the `.gz` again.
 * - Under `data/`: the plain `.arrow` streams (only for servers that refuse `.arrow.gz`) and any
 *   file the browser does not read. Kept are the tables as the browser fetches them
 *   (`data/<table>.arrow.gz`) and the deployment's own boundaries; other prefectures' boundaries
 *   (`data/boundaries/<two-digit code>…`) are fetched when a screen asks for them.
 */

/** The prefecture's two-digit JIS code (`1` or `'01'` → `'01'`). */
function twoDigits(code: number | string): string {
	return String(code).padStart(2, '0');
}

/** The site's files as `$service-worker` lists them (paths with the base path). */
export interface SiteFiles {
	/** What Vite emitted (`_app/…`). */
	build: readonly string[];
	/** The static folder's files (`static/…`: icons, manifest, `data/…`). */
	files: readonly string[];
	/** The prerendered pages and their data. */
	prerendered: readonly string[];
}

const isWasm = (path: string) => /\.wasm(\.gz)?$/.test(path);

/** Whether a static file (`files`) is one to keep offline. */
export function isOfflineStaticFile(path: string, sitePrefectureCode: number | string): boolean {
	const data = /(?:^|\/)data\/(.+)$/.exec(path);
	if (!data) return true; // icons, the manifest
	// Pages carry their shapes (prerendered, or in views/prefecture/PP.json); the boundary files are build inputs no page reads.
	if (data[1].startsWith('boundaries/')) return false;
	return /^[a-z_]+\.arrow\.gz$/.test(data[1]);
}

/**
 * Whether a prerendered page or view is one to keep offline: every page, but of the per-municipality
 * pages (`m/<code6>/`) and per-prefecture views (`views/prefecture/<PP>.json`) only the deployment's
 * prefecture's; other prefectures' are fetched when asked for.
 */
export function isOfflinePrerendered(path: string, sitePrefectureCode: number | string): boolean {
	const municipality = /(?:^|\/)m\/(\d{2})\d{4}(?:\/|$)/.exec(path);
	if (municipality) return municipality[1] === twoDigits(sitePrefectureCode);
	const prefecture = /(?:^|\/)views\/prefecture\/(\d{2})\.json$/.exec(path);
	if (prefecture) return prefecture[1] === twoDigits(sitePrefectureCode);
	return true;
}

/** The files the service worker installs, all or nothing: every page and script, the static files the browser reads. */
export function offlineFiles(site: SiteFiles, sitePrefectureCode: number | string): string[] {
	return [
		...site.build.filter((path) => !isWasm(path)),
		...site.files.filter((path) => isOfflineStaticFile(path, sitePrefectureCode)),
		...site.prerendered.filter((path) => isOfflinePrerendered(path, sitePrefectureCode))
	];
}
