/**
 * The files DuckDB-wasm starts from, as Vite emits them (hashed names): the wasm, DuckDB's own
 * worker script and our worker entry (duckdb-worker.ts). Imported by the page's prestart and by
 * the prerendered HTML's early-start hint (EngineEarlyStart.svelte), so both name the same files.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import workerEntryUrl from './duckdb-worker?worker&url';

export { wasmUrl, duckdbWorkerUrl, workerEntryUrl };
