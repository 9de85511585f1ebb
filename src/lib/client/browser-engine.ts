/**
 * DuckDB-wasm in the browser, self-hosted: the wasm and worker files are served by the site
 * itself (Vite `?url`), extensions are never fetched, and the tables come from the site's CSV.
 * Imported dynamically after the first paint, so none of this delays the map.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { QueryEngine } from '../sql/engine';
import { TABLE_NAMES, readCsvSql } from '../sql/schema';

export interface BrowserEngine extends QueryEngine {
	db: duckdb.AsyncDuckDB;
}

export async function startBrowserEngine(dataBaseUrl: string): Promise<BrowserEngine> {
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
	await db.open({ query: { castBigIntToDouble: true } });
	const connection = await db.connect();
	// LGWAN: nothing may be fetched from outside the site, extensions included.
	await connection.query(`SET autoinstall_known_extensions = false`);
	await connection.query(`SET autoload_known_extensions = false`);

	await Promise.all(
		TABLE_NAMES.map(async (table) => {
			const response = await fetch(`${dataBaseUrl}/${table}.csv`);
			if (!response.ok) throw new Error(`${table}.csv: HTTP ${response.status}`);
			await db.registerFileText(`${table}.csv`, await response.text());
		})
	);
	for (const table of TABLE_NAMES) {
		await connection.query(`CREATE TABLE ${table} AS ${readCsvSql(table, `${table}.csv`)}`);
		await db.dropFile(`${table}.csv`);
	}

	return {
		db,
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			let table;
			if (params.length) {
				const statement = await connection.prepare(sql);
				try {
					table = await statement.query(...params);
				} finally {
					await statement.close();
				}
			} else table = await connection.query(sql);
			return table.toArray().map((row) => row.toJSON() as Row);
		},
		async close() {
			await connection.close();
			await db.terminate();
			worker.terminate();
		}
	};
}
