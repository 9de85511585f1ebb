/**
 * DuckDB's own worker, with the wasm fetched our way: compressed on the wire, kept in this
 * build's cache where the browser allows it (see wasm-cache.ts). The page passes the URLs in
 * the worker's name (a hash would be lost when the service worker serves this script); DuckDB's
 * worker asks for the wasm with fetch(), which is answered here.
 * A wasm that cannot be loaded is thrown as a worker error, so the page hears of it at once.
 *
 * Order matters on two cores. The wasm is asked for first and streams through this thread
 * (inflated here, handed to the compiler chunk by chunk). DuckDB's script (~0.8 MB) is loaded with
 * importScripts, which blocks this thread while it downloads and compiles, so it is only loaded
 * once the wasm's last byte has been read; messages from the page wait in a queue until then.
 */
import { cachedWasm, canKeepFiles, downloadWasm } from './wasm-cache';
import { LAST_STARTUP_STEP, startupTimer } from './startup-timings';

// A classic worker's global (the project's TypeScript sees the DOM's globals, not a worker's).
declare function importScripts(...urls: string[]): void;

const params = new URLSearchParams((self as unknown as { name: string }).name);
const wasmUrl = params.get('wasm')!;
const cacheName = params.get('cache');
const duckdbWorkerUrl = params.get('duckdb')!;
const networkFetch = globalThis.fetch.bind(globalThis);
const timing = startupTimer();
timing('worker-started');

async function loadWasm(): Promise<Response> {
	const download = () => downloadWasm(wasmUrl, networkFetch);
	if (!cacheName || !canKeepFiles()) return download();
	return (await cachedWasm(cacheName, wasmUrl, download)).response;
}

/** The wasm's body, passed through unchanged, calling `onEnd` once its last byte has been read. */
function whenRead(response: Response, onEnd: () => void): Response {
	if (!response.body) {
		onEnd();
		return response;
	}
	const watched = response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: onEnd }));
	return new Response(watched, { headers: response.headers });
}

// DuckDB's script, loaded once the wasm has been read (or could not be). The page's messages are
// queued until DuckDB's own handler is installed by the script, then handed to it in order.
let duckdbLoaded = false;
const queued: MessageEvent[] = [];
self.onmessage = (event: MessageEvent) => queued.push(event);
function loadDuckdbScript() {
	if (duckdbLoaded) return;
	duckdbLoaded = true;
	// Off this task, so the compiler gets the last chunk before the thread blocks.
	setTimeout(() => {
		importScripts(duckdbWorkerUrl);
		timing('duckdb-script-loaded');
		for (const event of queued.splice(0)) self.onmessage?.(event);
	});
}

// Compiled as soon as this worker starts, while the page is parsed and hydrated; DuckDB's own
// fetch only gets the headers, and its instantiateStreaming call instantiates the module compiled here.
const compiling: Promise<WebAssembly.Module> = loadWasm()
	.then((response) => {
		timing('wasm-response');
		return WebAssembly.compileStreaming(whenRead(response, loadDuckdbScript));
	})
	.finally(loadDuckdbScript);
compiling.then(() => timing('wasm-compiled'), () => {});
// A wasm that cannot be loaded becomes a worker error at once: the page stops waiting (browser-engine.ts).
compiling.catch((error: Error) =>
	setTimeout(() => {
		throw new Error(`DuckDB の wasm を読み込めません（${error.message}）`);
	})
);
let compiledTaken = false;
const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
WebAssembly.instantiateStreaming = (source, imports) => {
	if (compiledTaken) return instantiateStreaming(source, imports);
	compiledTaken = true;
	void Promise.resolve(source).then((wrapped) => wrapped.body?.cancel(), () => {});
	return compiling.then(async (module) => {
		const instance = await WebAssembly.instantiate(module, imports);
		timing(LAST_STARTUP_STEP);
		return { module, instance };
	});
};

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
	if (url !== wasmUrl || compiledTaken) return networkFetch(input, init);
	// DuckDB only reads the headers of what it is given here.
	return compiling.then(() => new Response(null, { headers: { 'content-type': 'application/wasm' } }));
};
