/**
 * The statements of a release import (src/lib/import/pipeline.ts), run by DuckDB in Node and in
 * the browser. Names that go into SQL are table names from the schema and file names the import
 * registers itself; dates are checked to be ISO dates before they are written into a statement.
 */
import { CANONICAL_CSV_DIALECT } from '../domain/canonical-csv';
import { readCsvSql, type TableName } from './schema';
import { BY_KIND_COLUMNS, COLUMNS_OF_KIND, type TableKind } from '../domain/issuance-tables';

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

const slashDate = (column: string) => `strftime(${column}, '%Y/%m/%d')`;
const quoted = (name: string) => `"${name}"`;

/**
 * A release's table as the engine holds it, under its published column names and as text, so the
 * import checks a new table against the ones already held exactly as it checks files. $1 release date.
 */
export const HELD_TABLE_AS_PUBLISHED: Partial<Record<TableKind, string>> = {
	municipal: heldMunicipal('municipal_issuance', 'cards', COLUMNS_OF_KIND.municipal),
	municipalHeld: heldMunicipal('municipal_holdings', 'held_cards', COLUMNS_OF_KIND.municipalHeld),
	prefectural: heldPrefectural('prefectural_issuance', 'cards', COLUMNS_OF_KIND.prefectural),
	prefecturalHeld: heldPrefectural('prefectural_holdings', 'held_cards', COLUMNS_OF_KIND.prefecturalHeld),
	byKind: `
SELECT ${slashDate('release_date')} AS ${quoted(BY_KIND_COLUMNS.releaseDate)}, kind AS ${quoted(BY_KIND_COLUMNS.kind)},
       population::VARCHAR AS ${quoted(BY_KIND_COLUMNS.population)}, cards::VARCHAR AS ${quoted(BY_KIND_COLUMNS.cards)},
       published_rate::VARCHAR AS ${quoted(BY_KIND_COLUMNS.publishedRate)},
       ${slashDate('population_base_date')} AS ${quoted(BY_KIND_COLUMNS.populationBaseDate)}, ${slashDate('cards_base_date')} AS ${quoted(BY_KIND_COLUMNS.cardsBaseDate)}
FROM national_by_kind WHERE release_date = $1::DATE`
};

function heldMunicipal(table: TableName, measure: string, C: (typeof COLUMNS_OF_KIND)['municipal' | 'municipalHeld']): string {
	return `
SELECT ${slashDate('i.release_date')} AS ${quoted(C.releaseDate)}, m.prefecture AS ${quoted(C.prefecture)}, m.name AS ${quoted(C.name)},
       i.population::VARCHAR AS ${quoted(C.population)}, i.${measure}::VARCHAR AS ${quoted(C.cards)}, i.published_rate::VARCHAR AS ${quoted(C.publishedRate)},
       ${slashDate('i.population_base_date')} AS ${quoted(C.populationBaseDate)}, ${slashDate('i.cards_base_date')} AS ${quoted(C.cardsBaseDate)}, i.code6 AS ${quoted(C.code)}
FROM ${table} i JOIN municipalities m USING (code6) WHERE i.release_date = $1::DATE ORDER BY i.code6`;
}

function heldPrefectural(table: TableName, measure: string, C: (typeof COLUMNS_OF_KIND)['prefectural' | 'prefecturalHeld']): string {
	return `
SELECT ${slashDate('release_date')} AS ${quoted(C.releaseDate)}, prefecture AS ${quoted(C.prefecture)},
       population::VARCHAR AS ${quoted(C.population)}, ${measure}::VARCHAR AS ${quoted(C.cards)}, published_rate::VARCHAR AS ${quoted(C.publishedRate)},
       ${slashDate('population_base_date')} AS ${quoted(C.populationBaseDate)}, ${slashDate('cards_base_date')} AS ${quoted(C.cardsBaseDate)}
FROM ${table} WHERE release_date = $1::DATE ORDER BY pref_code`;
}
