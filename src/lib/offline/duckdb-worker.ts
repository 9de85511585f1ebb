/**
 * DuckDB's own worker, with the wasm fetched our way: compressed on the wire, kept in this
 * build's cache where the browser allows it (see wasm-cache.ts). The page passes the URLs in
 * the worker's name (a hash would be lost when the service worker serves this script); DuckDB's
 * worker asks for the wasm with fetch(), which is answered here.
 * A wasm that cannot be loaded is thrown as a worker error, so the page hears of it at once.
 */
import { cachedWasm, canKeepFiles, downloadWasm } from './wasm-cache';

// A classic worker's global (the project's TypeScript sees the DOM's globals, not a worker's).
declare function importScripts(...urls: string[]): void;

const params = new URLSearchParams((self as unknown as { name: string }).name);
const wasmUrl = params.get('wasm')!;
const cacheName = params.get('cache');
const duckdbWorkerUrl = params.get('duckdb')!;
const networkFetch = globalThis.fetch.bind(globalThis);

async function loadWasm(): Promise<Response> {
	const download = () => downloadWasm(wasmUrl, networkFetch);
	if (!cacheName || !canKeepFiles()) return download();
	return (await cachedWasm(cacheName, wasmUrl, download)).response;
}

// Compiled as soon as this worker starts, while the page hydrates and DuckDB's script loads; the
// compile streams from the original response (its URL kept where it has one, so the browser's
// compiled-code cache can serve later visits). DuckDB's own fetch only gets the headers, and its
// instantiateStreaming call instantiates the module compiled here.
const compiling: Promise<WebAssembly.Module> = loadWasm().then((response) => WebAssembly.compileStreaming(response));
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
	return compiling.then(async (module) => ({ module, instance: await WebAssembly.instantiate(module, imports) }));
};

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
	if (url !== wasmUrl || compiledTaken) return networkFetch(input, init);
	// DuckDB only reads the headers of what it is given here.
	return compiling.then(() => new Response(null, { headers: { 'content-type': 'application/wasm' } }));
};

importScripts(duckdbWorkerUrl);
