/**
 * The scale run's page in Chromium (built by scale-browser.ts): DuckDB-wasm in its worker, the
 * site's tables from their Arrow IPC files, each query run and read on the main thread exactly as
 * browser-engine.ts does (prepared statement → Arrow table posted from the worker → rows or columns).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { arrowRows } from '../../src/lib/sql/arrow-rows';
import { arrowColumns } from '../../src/lib/sql/arrow-columns';
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import { TABLE_NAMES } from '../../src/lib/sql/schema';
import { measureAtScale, type ScaleResult } from './scale-queries';
import { arrowTable, type QueryParams } from '../../src/lib/engine/duckdb-query';

async function openEngine(): Promise<ColumnQueryEngine> {
	const worker = new Worker('./duckdb-browser-eh.worker.js');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate('./duckdb-eh.wasm');
	await db.open({ query: { castBigIntToDouble: true } });
	const connection = await db.connect();
	for (const table of TABLE_NAMES) {
		const bytes = new Uint8Array(await (await fetch(`./data/${table}.arrow`)).arrayBuffer());
		await connection.insertArrowFromIPCStream(bytes, { name: table });
	}
	const run = (sql: string, params: QueryParams) => arrowTable(connection, sql, params);
	return {
		query: async <Row>(sql: string, params: readonly (string | number | null)[] = []) => arrowRows<Row>(await run(sql, params)),
		queryColumns: async <Row>(sql: string, params: readonly (string | number | null)[] = []) => arrowColumns<Row>(await run(sql, params)),
		async close() {
			await connection.close();
			await db.terminate();
			worker.terminate();
		}
	};
}

declare global {
	interface Window {
		measureAtScale(factor: number, repeats: number): Promise<ScaleResult>;
	}
}

window.measureAtScale = async (factor, repeats) => {
	const engine = await openEngine();
	try {
		return await measureAtScale(engine, factor, repeats);
	} finally {
		await engine.close();
	}
};
