/**
 * The statements of a release import (src/lib/import/pipeline.ts), run by DuckDB in Node and in
 * the browser. Names that go into SQL are table names from the schema and file names the import
 * registers itself; dates are checked to be ISO dates before they are written into a statement.
 */
import { CANONICAL_CSV_DIALECT } from '../domain/canonical-csv';
import { readCsvSql, type TableName } from './schema';

/** The municipality master an import checks codes and names against. */
export const MUNICIPALITY_MASTER = 'SELECT code6, name, prefecture FROM municipalities';
export interface MunicipalityMasterRow {
	code6: string;
	name: string;
	prefecture: string;
}

/** The releases the engine holds (their own row: issued tables), as ISO dates. */
export const KNOWN_RELEASES = "SELECT strftime(release_date, '%Y-%m-%d') AS d FROM releases";
export interface KnownReleaseRow {
	d: string;
}

/** A text literal for SQL: quotes doubled. */
export function sqlText(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

function isoDate(date: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`不正な日付: ${date}`);
	return `DATE '${date}'`;
}

/** A published CSV read with every column as text, for validation (path or registered file name). */
export function readCsvAsTextSql(path: string): string {
	return `SELECT * FROM read_csv(${sqlText(path)}, all_varchar = true, header = true, ${CANONICAL_CSV_DIALECT}, null_padding = true)`;
}

/** How many rows differ, in either direction, between what the engine holds for a release ($1) and a registered CSV. Returns `n`. */
export function tableDifferenceSql(table: TableName, csvName: string): string {
	const held = `SELECT * FROM ${table} WHERE release_date = $1::DATE`;
	const incoming = readCsvSql(table, csvName);
	return `SELECT ((SELECT count(*) FROM (${held} EXCEPT ALL ${incoming})) + (SELECT count(*) FROM (${incoming} EXCEPT ALL ${held})))::INTEGER AS n`;
}
export interface DifferenceRow {
	n: number;
}

/** Replaces one table's rows of a release with a registered CSV (canonical layout). */
export function replaceTableStatements(table: TableName, releaseDate: string, csvName: string): string[] {
	return [`DELETE FROM ${table} WHERE release_date = ${isoDate(releaseDate)}`, `INSERT INTO ${table} ${readCsvSql(table, csvName)}`];
}

/** Replaces a release's own row. */
export function replaceReleaseRowStatements(releaseDate: string, populationBaseDate: string | null, source: 'browser' | 'import', hasDemographics: boolean): string[] {
	return [
		`DELETE FROM releases WHERE release_date = ${isoDate(releaseDate)}`,
		`INSERT INTO releases VALUES (${isoDate(releaseDate)}, ${populationBaseDate ? isoDate(populationBaseDate) : 'NULL'}, ${sqlText(source)}, ${hasDemographics})`
	];
}
