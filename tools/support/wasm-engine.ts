/**
 * The browser's own engine (DuckDB-wasm, blocking build) in Node, so tests run the exact
 * SQL and CSV loading the browser runs, and compare it with @duckdb/node-api.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import type { QueryEngine } from '../../src/lib/sql/engine';
import { TABLE_NAMES, readCsvSql, type TableName } from '../../src/lib/sql/schema';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

export async function openWasmEngine(csvDir?: string, tables: readonly TableName[] = TABLE_NAMES): Promise<QueryEngine> {
	const db = await createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const connection = db.connect();
	connection.query('SET autoinstall_known_extensions = false');
	connection.query('SET autoload_known_extensions = false');
	if (csvDir) {
		for (const table of tables) {
			db.registerFileText(`${table}.csv`, readFileSync(join(csvDir, `${table}.csv`), 'utf8'));
			connection.query(`CREATE TABLE ${table} AS ${readCsvSql(table, `${table}.csv`)}`);
		}
	}
	return {
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			let table;
			if (params.length) {
				const statement = connection.prepare(sql);
				try {
					table = statement.query(...params);
				} finally {
					statement.close();
				}
			} else table = connection.query(sql);
			return table.toArray().map((row) => row.toJSON() as Row);
		},
		async close() {
			connection.close();
			db.reset();
		}
	};
}
