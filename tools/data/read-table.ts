/** Reads one published CSV with DuckDB's read_csv, every column as text, for validation. */
import type { NodeEngine } from '../../src/lib/server/node-engine';
import type { RawRow } from '../../src/lib/domain/validate-release';
import { readCsvAsTextSql, sqlText } from '../../src/lib/sql/import-queries';

/** A text literal for SQL (kept for callers of this module). */
export const sqlString = sqlText;

export async function readCsvAsText(engine: NodeEngine, path: string): Promise<{ header: string[]; rows: RawRow[] }> {
	const reader = await engine.connection.runAndReadAll(readCsvAsTextSql(path));
	return { header: reader.columnNames(), rows: reader.getRowObjectsJS() as RawRow[] };
}
