/**
 * The browser's own engine (DuckDB-wasm, blocking build) in Node, so tests run the exact
 * SQL and CSV loading the browser runs, and compare it with @duckdb/node-api.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import { arrowRows } from '../../src/lib/sql/arrow-rows';
import { arrowColumns } from '../../src/lib/sql/arrow-columns';
import { TABLE_NAMES, readCsvSql, type TableName } from '../../src/lib/sql/schema';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

/** DuckDB-wasm (blocking) in Node, extensions off; BIGINT as double unless told otherwise. */
export async function openBlockingDuckDB({ castBigIntToDouble = true } = {}): Promise<{ db: DuckDBBindings; connection: DuckDBConnection }> {
	const db = await createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble } });
	const connection = db.connect();
	connection.query('SET autoinstall_known_extensions = false');
	connection.query('SET autoload_known_extensions = false');
	return { db, connection };
}

/**
 * The browser's engine in Node with the site's tables, read the way the browser reads them:
 * from the Arrow IPC streams (`format: 'arrow'`, as the site does) or from the CSV files.
 */
export async function openWasmEngine(dataDir?: string, tables: readonly TableName[] = TABLE_NAMES, { format = 'csv' }: { format?: 'csv' | 'arrow' } = {}): Promise<ColumnQueryEngine> {
	const { db, connection } = await openBlockingDuckDB();
	if (dataDir) {
		for (const table of tables) {
			if (format === 'arrow') {
				connection.insertArrowFromIPCStream(readFileSync(join(dataDir, `${table}.arrow`)), { name: table });
				continue;
			}
			db.registerFileText(`${table}.csv`, readFileSync(join(dataDir, `${table}.csv`), 'utf8'));
			connection.query(`CREATE TABLE ${table} AS ${readCsvSql(table, `${table}.csv`)}`);
		}
	}
	const run = (sql: string, params: readonly (string | number | null)[]) => {
		if (!params.length) return connection.query(sql);
		const statement = connection.prepare(sql);
		try {
			return statement.query(...params);
		} finally {
			statement.close();
		}
	};
	return {
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			return arrowRows<Row>(run(sql, params));
		},
		async queryColumns<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			return arrowColumns<Row>(run(sql, params));
		},
		async close() {
			connection.close();
			db.reset();
		}
	};
}
