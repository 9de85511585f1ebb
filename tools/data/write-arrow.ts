/**
 * Writes each table as an Arrow IPC stream (`<table>.arrow`, and gzip `<table>.arrow.gz`) from its CSV, for the browser:
 * DuckDB-wasm inserts Arrow in milliseconds where parsing the CSV took ~0.3 s on two cores.
 * The stream is produced by DuckDB-wasm itself from the CSV it would otherwise read (same
 * parser, same declared types), so both ways give the same rows (tests/integration/arrow-tables.spec.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { openBlockingDuckDB } from '../support/wasm-engine';
import { TABLE_NAMES, readCsvSql } from '../../src/lib/sql/schema';

/** Reads `<table>.csv` from `csvDir`, writes `<table>.arrow` and `<table>.arrow.gz` to `arrowDir`. */
export async function writeArrowTables(csvDir: string, arrowDir: string): Promise<void> {
	const { db, connection } = await openBlockingDuckDB({ castBigIntToDouble: false });
	try {
		for (const table of TABLE_NAMES) {
			db.registerFileText(`${table}.csv`, readFileSync(join(csvDir, `${table}.csv`), 'utf8'));
			connection.query(`CREATE TABLE ${table} AS ${readCsvSql(table, `${table}.csv`)}`);
			// DuckDB's own IPC output has no end-of-stream marker; apache-arrow rewrites it as a complete stream.
			const raw = db.runQuery((connection as unknown as { _conn: number })._conn, `SELECT * FROM ${table}`);
			const stream = tableToIPC(tableFromIPC(raw), 'stream');
			writeFileSync(join(arrowDir, `${table}.arrow`), stream);
			// What the browser fetches: servers rarely gzip an unknown type (the plain file is the fallback).
			writeFileSync(join(arrowDir, `${table}.arrow.gz`), gzipSync(stream, { level: 9 }));
			db.dropFile(`${table}.csv`);
		}
	} finally {
		connection.close();
		db.reset();
	}
}
