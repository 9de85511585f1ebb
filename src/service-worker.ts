/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: on install, this build's pages, scripts, styles and the data the
 * browser reads (offline-files.ts) go into a cache named by the build's version (two builds never
 * mix), then the DuckDB wasm, compressed on the wire, unless DuckDB's worker has already stored
 * it. Same-origin GETs are answered from that cache first; other origins are never touched. A new
 * build waits until the page asks it to take over (the 更新 button), then the old cache is deleted.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cachedWasm, cacheNameFor, downloadWasm } from '$lib/engine/wasm-cache';
import { SKIP_WAITING } from '$lib/offline/messages';
import { offlineFiles } from '$lib/offline/offline-files';
import { SITE_PREFECTURE } from '$lib/domain/site-prefecture';
import { prefectureCode } from '$lib/domain/prefectures';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SITE_URL = new URL(`${base}/`, location.href).href;
const CACHE = cacheNameFor(SITE_URL, version);
const WASM = build.find((file) => file.endsWith('.wasm'));
const WASM_URL = WASM ? new URL(WASM, location.href).href : null;
// Without the wasm: its 34 MB are kept after the all-or-nothing step, so a slow link cannot fail the install.
const CORE = offlineFiles({ build, files, prerendered }, prefectureCode(SITE_PREFECTURE)!);

async function keepWasm(): Promise<void> {
	if (!WASM_URL) return;
	try {
		// A redeploy with the same DuckDB has the same hashed file in the previous build's cache.
		const { response, stored } = await cachedWasm(CACHE, WASM_URL, async () => (await caches.match(WASM_URL)) ?? downloadWasm(WASM_URL));
		void response.body?.cancel();
		await stored;
	} catch (error) {
		// DuckDB's worker stores it on first use instead.
		console.warn('wasm を保存できませんでした', error);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(CORE);
			await keepWasm();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const prefix = cacheNameFor(SITE_URL, '');
			for (const key of await caches.keys()) if (key.startsWith(prefix) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages carry their state in the query (?date=…) and SvelteKit tags its __data.json
			// requests with one; the file itself is the same.
			const ignoreSearch = request.mode === 'navigate' || new URL(request.url).pathname.endsWith('/__data.json');
			const hit = await cache.match(request, { ignoreSearch });
			return hit ?? fetch(request);
		})()
	);
});
