/** Loads validated rows into DuckDB with the declared types and writes Parquet (Node), CSV and Arrow IPC (browser). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeEngine } from '../../src/lib/server/node-engine';
import { TABLES, TABLE_NAMES, readCsvSql } from '../../src/lib/sql/schema';
import { toCanonicalCsv } from '../../src/lib/domain/canonical-csv';
import type { TableRows } from './collect-releases';
import { sqlString } from './read-table';
import { writeArrowTables } from './write-arrow';

export async function writeTables(engine: NodeEngine, tables: TableRows, outDir: string): Promise<void> {
	for (const table of TABLE_NAMES) {
		const csvPath = join(outDir, `${table}.csv`);
		writeFileSync(csvPath, toCanonicalCsv(Object.keys(TABLES[table].columns), tables[table]));
		// Reading our own CSV back with the declared types proves the browser will load it the same way.
		await engine.connection.run(`CREATE OR REPLACE TABLE ${table} AS ${readCsvSql(table, csvPath)}`);
		await engine.connection.run(`COPY ${table} TO ${sqlString(join(outDir, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
	}
	// The browser loads Arrow IPC (milliseconds) rather than parsing the CSV.
	await writeArrowTables(outDir);
}
