/**
 * The DuckDB wasm (and the tables), fetched compressed: shipped gzip-compressed (`.wasm.gz`,
 * `.arrow.gz`, written at build) and inflated with the platform's DecompressionStream, so a server
 * that sends `.wasm` as is still moves ~8 MB instead of 34 MB. Where the Cache API exists (https or localhost), the
 * inflated wasm is stored in this build's cache on first use, so later visits read it locally.
 * Runs in DuckDB's worker and in the service worker; both take the same lock, so the
 * file is never downloaded twice at once.
 */

/** Bytes every gzip stream starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

const WASM_HEADERS = { 'content-type': 'application/wasm' };

/**
 * The body of a gzip file's response (`x.gz`), inflated when it is still gzip, passed through
 * when the server (or the browser) already removed the compression (`Content-Encoding: gzip`).
 */
export async function inflateGzipResponse(response: Response, headers: HeadersInit = {}): Promise<Response> {
	if (!response.body) throw new Error('empty response');
	const reader = response.body.getReader();
	const first = await reader.read();
	const head = first.value ?? new Uint8Array();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			if (head.length) controller.enqueue(head);
			if (first.done) controller.close();
		},
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) controller.close();
			else controller.enqueue(value);
		},
		cancel: (reason) => reader.cancel(reason)
	});
	const gzipped = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
	return new Response(gzipped ? body.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : body, { headers });
}

/**
 * A file the site ships gzip-compressed beside the plain one (`x.gz` and `x`), from the network:
 * the compressed copy first, inflated here; the plain file where the server refuses `.gz` (IIS by default).
 */
export async function downloadCompressed(url: string, fetcher: typeof fetch = fetch, headers: HeadersInit = {}): Promise<Response> {
	const compressed = await fetcher(`${url}.gz`).catch(() => null);
	if (compressed?.ok) return inflateGzipResponse(compressed, headers);
	await compressed?.body?.cancel();
	const plain = await fetcher(url);
	if (!plain.ok) throw new Error(`HTTP ${plain.status}`);
	return plain;
}

/** The wasm from the network (see downloadCompressed). */
export function downloadWasm(wasmUrl: string, fetcher: typeof fetch = fetch): Promise<Response> {
	return downloadCompressed(wasmUrl, fetcher, WASM_HEADERS);
}

export interface CachedWasm {
	/** The wasm, ready for WebAssembly.compileStreaming. */
	response: Response;
	/** Settles when the wasm is stored (or could not be: storage is a bonus, never a failure). */
	stored: Promise<void>;
}

/** Whether this context may keep files (secure contexts only: https and localhost). */
export function canKeepFiles(): boolean {
	return typeof caches !== 'undefined' && typeof navigator !== 'undefined' && !!navigator.locks;
}

/**
 * The wasm from this build's cache, or downloaded once and stored there while it compiles.
 * Under one lock per wasm URL, so the page's worker and the service worker never both download it.
 */
export function cachedWasm(cacheName: string, wasmUrl: string, download: () => Promise<Response>): Promise<CachedWasm> {
	return new Promise((resolve, reject) => {
		navigator.locks
			.request(`kofuritsu-wasm ${wasmUrl}`, async () => {
				try {
					const cache = await caches.open(cacheName);
					const hit = await cache.match(wasmUrl);
					if (hit) return resolve({ response: hit, stored: Promise.resolve() });
					const fresh = await download();
					const [forCompile, forCache] = fresh.body!.tee();
					const stored = cache.put(wasmUrl, new Response(forCache, { headers: WASM_HEADERS })).catch((error) => console.warn('wasm を保存できませんでした', error));
					resolve({ response: new Response(forCompile, { headers: WASM_HEADERS }), stored });
					await stored; // the lock is held until the file is complete in the cache
				} catch (error) {
					reject(error);
				}
			})
			.catch(reject);
	});
}

/** The name of one build's cache, per site location, so two builds or two copies never mix. */
export function cacheNameFor(siteUrl: string, version: string): string {
	return `kofuritsu ${siteUrl} ${version}`;
}
