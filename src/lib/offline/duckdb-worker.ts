/**
 * DuckDB's own worker, with the wasm fetched our way: compressed on the wire, kept in this
 * build's cache where the browser allows it (see wasm-cache.ts). The page passes the URLs in
 * the worker's hash; DuckDB's worker asks for the wasm with fetch(), which is answered here.
 * A wasm that cannot be loaded is thrown as a worker error, so the page hears of it at once.
 */
import { cachedWasm, canKeepFiles, downloadWasm } from './wasm-cache';

const params = new URLSearchParams(location.hash.slice(1));
const wasmUrl = params.get('wasm')!;
const cacheName = params.get('cache');
const duckdbWorkerUrl = params.get('duckdb')!;
const networkFetch = globalThis.fetch.bind(globalThis);

async function loadWasm(): Promise<Response> {
	const download = () => downloadWasm(wasmUrl, networkFetch);
	if (!cacheName || !canKeepFiles()) return download();
	return (await cachedWasm(cacheName, wasmUrl, download)).response;
}

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
	if (url !== wasmUrl) return networkFetch(input, init);
	const loading = loadWasm();
	loading.catch((error: Error) =>
		setTimeout(() => {
			throw new Error(`DuckDB の wasm を読み込めません（${error.message}）`);
		})
	);
	return loading;
};

importScripts(duckdbWorkerUrl);
