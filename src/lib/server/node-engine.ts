/** The Node DuckDB engine (@duckdb/node-api): build, CLI, tests and prerender. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { ColumnQueryEngine } from '../sql/engine';
import type { Columns } from '../sql/arrow-columns';
import { TABLE_NAMES } from '../sql/schema';

export interface NodeEngine extends ColumnQueryEngine {
	connection: DuckDBConnection;
}

export async function openMemoryEngine(): Promise<NodeEngine> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	return {
		connection,
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
			return reader.getRowObjectsJS() as Row[];
		},
		async queryColumns<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
			return reader.getColumnsObjectJS() as unknown as Columns<Row>;
		},
		async close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

/** Opens the generated Parquet tables (written by `npm run data`) as views of the same names. */
export async function openDataEngine(dataDir: string): Promise<NodeEngine> {
	const engine = await openMemoryEngine();
	for (const table of TABLE_NAMES) {
		const file = join(dataDir, `${table}.parquet`).replaceAll("'", "''");
		await engine.connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${file}')`);
	}
	return engine;
}

let shared: Promise<NodeEngine> | null = null;

/**
 * One engine over the generated tables for the whole prerender (179 municipality pages
 * and more), instead of opening DuckDB per page. Never closed: it lives as long as the build.
 */
export function sharedDataEngine(dataDir: string): Promise<NodeEngine> {
	shared ??= openDataEngine(dataDir);
	return shared;
}
