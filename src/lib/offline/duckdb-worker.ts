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

// DuckDB wraps the wasm response in a new one (for progress events), which loses its URL and
// with it the browser's compiled-code cache; the original goes to the compiler instead.
let wasmResponse: Promise<Response> | null = null;
const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
WebAssembly.instantiateStreaming = (source, imports) => {
	if (!wasmResponse) return instantiateStreaming(source, imports);
	const original = wasmResponse;
	wasmResponse = null;
	void Promise.resolve(source).then((wrapped) => wrapped.body?.cancel(), () => {});
	return instantiateStreaming(original, imports);
};

// Asked for at once, so the download overlaps loading and starting DuckDB's own worker script.
let early: Promise<Response> | null = loadWasm();
early.catch(() => {}); // reported when DuckDB asks for it

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
	if (url !== wasmUrl) return networkFetch(input, init);
	const loading = early ?? loadWasm();
	early = null;
	loading.catch((error: Error) =>
		setTimeout(() => {
			throw new Error(`DuckDB の wasm を読み込めません（${error.message}）`);
		})
	);
	wasmResponse = loading;
	// DuckDB only reads the headers of what it is given here.
	return loading.then((response) => new Response(null, { headers: response.headers }));
};

importScripts(duckdbWorkerUrl);
