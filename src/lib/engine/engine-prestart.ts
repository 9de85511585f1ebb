/**
 * The part of DuckDB-wasm's start that needs none of DuckDB's script: the worker (which fetches
 * and compiles the wasm at once, see duckdb-worker.ts) and the tables' Arrow streams. Kept apart
 * from browser-engine.ts so a page can call it while its script is still being evaluated,
 * before hydration: the wasm then compiles on the other core while the page hydrates.
 */
import { version } from '$app/environment';
import { duckdbWorkerUrl, wasmUrl, workerEntryUrl } from './engine-files';
import { adoptEarlyStart, engineWorkerName } from './engine-early-start';
import { cacheNameFor, downloadCompressed } from './wasm-cache';
import { dataBaseUrl, siteUrl } from './site-location';
import { TABLE_NAMES, type TableName } from '../sql/schema';

export interface EnginePrestart {
	worker: Worker;
	/** Rejects when the worker fails (DuckDB's own worker would never answer). */
	failed: Promise<never>;
	/** The wasm's absolute URL, as DuckDB asks for it. */
	wasm: string;
	/** Every table as an Arrow IPC stream (`/data/<table>.arrow`). */
	tables: Promise<(readonly [TableName, Uint8Array])[]>;
}

export function prestartEngine(): EnginePrestart {
	const absolute = (url: string) => new URL(url, location.href).href;
	const wasm = absolute(wasmUrl);
	const name = engineWorkerName(wasm, absolute(duckdbWorkerUrl), cacheNameFor(siteUrl(), version));
	// Started by the inline script in app.html while the HTML was parsed, where the page asked for it.
	const early = adoptEarlyStart(name);
	const worker = early?.worker ?? new Worker(absolute(workerEntryUrl), { name });
	const failed = new Promise<never>((_, reject) => {
		const fail = (message: string) => reject(new Error(message || 'DuckDB の worker を起動できません'));
		if (early?.error != null) fail(early.error);
		worker.addEventListener('error', (event) => fail(event.message));
	});
	failed.catch(() => {});
	// The tables download while the wasm compiles; both are needed before the first query.
	const tables = Promise.all(
		TABLE_NAMES.map(async (table) => {
			// Gzip-compressed at build (5× smaller; servers rarely compress unknown types).
			const file = `${table}.arrow`;
			const response = await downloadCompressed(`${dataBaseUrl()}/${file}`).catch((error: Error) => {
				throw new Error(`${file}: ${error.message}`);
			});
			return [table, new Uint8Array(await response.arrayBuffer())] as const;
		})
	);
	tables.catch(() => {}); // reported once the engine is up
	return { worker, failed, wasm, tables };
}
