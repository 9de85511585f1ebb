/** Reads one published CSV with DuckDB's read_csv, every column as text, for validation. */
import type { NodeEngine } from '../../src/lib/server/node-engine';
import type { RawRow } from '../../src/lib/domain/validate-release';
import { CANONICAL_CSV_DIALECT } from '../../src/lib/domain/canonical-csv';

export function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

export async function readCsvAsText(engine: NodeEngine, path: string): Promise<{ header: string[]; rows: RawRow[] }> {
	const reader = await engine.connection.runAndReadAll(
		`SELECT * FROM read_csv(${sqlString(path)}, all_varchar = true, header = true, ${CANONICAL_CSV_DIALECT}, null_padding = true)`
	);
	return { header: reader.columnNames(), rows: reader.getRowObjectsJS() as RawRow[] };
}
