/**
 * Loads validated rows into DuckDB with the declared types and writes them twice: Parquet and CSV
 * for Node (`node`: prerender, CLI, tests), Arrow IPC for the browser (`site`, served as /data/).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeEngine } from '../../src/lib/server/node-engine';
import { TABLES, TABLE_NAMES, readCsvSql } from '../../src/lib/sql/schema';
import { toCanonicalCsv } from '../../src/lib/domain/canonical-csv';
import type { TableRows } from './collect-releases';
import { sqlString } from './read-table';
import { writeArrowTables } from './write-arrow';

export async function writeTables(engine: NodeEngine, tables: TableRows, out: { site: string; node: string }): Promise<void> {
	for (const table of TABLE_NAMES) {
		const csvPath = join(out.node, `${table}.csv`);
		writeFileSync(csvPath, toCanonicalCsv(Object.keys(TABLES[table].columns), tables[table]));
		// Reading our own CSV back with the declared types proves both engines read it the same way.
		await engine.connection.run(`CREATE OR REPLACE TABLE ${table} AS ${readCsvSql(table, csvPath)}`);
		await engine.connection.run(`COPY ${table} TO ${sqlString(join(out.node, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
	}
	// The browser loads Arrow IPC (milliseconds) rather than parsing CSV.
	await writeArrowTables(out.node, out.site);
}
