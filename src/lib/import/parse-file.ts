/**
 * One file a user brings (CSV in UTF-8 or Shift_JIS, quoted or not, LF or CRLF; or an XLSX
 * workbook) to a recognised published table. CSV goes through DuckDB's read_csv (the engine is
 * passed in: Node or wasm); XLSX through read-excel-file (read-workbook.ts). Which table it is comes from the header.
 * Sizes are checked before each expensive step (see limits.ts).
 */
import { recognizeTable, COLUMNS_OF_KIND } from '../domain/issuance-tables';
import type { RawRow } from '../domain/validate-release';
import { decodeCsvBytes, ImportFileError, looksLikeZip } from './decode-text';
import { cellText, tableFromGrid, LINE_KEY, type RecognizedTable } from './sheet-table';
import { meaningTablesFromGrid, type MeaningTable } from './meaning-tables';
import { csvGrid } from './csv-grid';
import { checkCsvShape } from './csv-shape';
import { readWorkbookSheets } from './read-workbook';
import { formatMiB, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { ja } from '../messages/ja';

export { MAX_IMPORT_BYTES };

/** Reads UTF-8 CSV text with DuckDB's read_csv (all columns as text, header on line 1). */
export type CsvReader = (text: string) => Promise<{ header: string[]; rows: RawRow[] }>;

export interface ParsedFile extends RecognizedTable {
	fileName: string;
	format: 'CSV (UTF-8)' | 'CSV (Shift_JIS)' | 'XLSX';
	/** The release the rows are for, from their 算出基準日 (or, for a table read by meaning, its header dates or file name). */
	releaseDate: string | null;
	/** What reading the file did on the user's behalf (tables found, a prefecture table used only to check). */
	notes?: string[];
	/** For a table read by meaning: published column → the sheet's header and letter, for messages. */
	columnLabels?: MeaningTable['columnLabels'];
}

/** The size check, for callers that know a file's size before reading it (a File, a stat). */
export function checkImportSize(fileName: string, size: number): void {
	if (size > MAX_IMPORT_BYTES) throw new ImportFileError(ja.fileError(fileName, ja.tooLarge(formatMiB(size), formatMiB(MAX_IMPORT_BYTES))));
}

function releaseDateOf(rows: RawRow[], column: string): string | null {
	const text = rows[0]?.[column]?.trim();
	const m = text ? /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text) : null;
	return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/** One table found in a file: by its published header (one per sheet), or every table found by meaning. */
type FoundTables = { tables: (RecognizedTable | MeaningTable)[]; notes: string[] };

function checkRowCount(fileName: string, table: RecognizedTable): void {
	if (table.rows.length > MAX_IMPORT_ROWS) {
		throw new ImportFileError(ja.rowProblem(fileName, Number(table.rows[MAX_IMPORT_ROWS][LINE_KEY]), ja.tooManyRows(MAX_IMPORT_ROWS)));
	}
}

/** Tables found by meaning in a grid; their problems (dates, totals) refuse the file, each naming row and column. */
function meaningTables(label: string, grid: string[][]): FoundTables | null {
	const found = meaningTablesFromGrid(label, grid);
	if (!found) return null;
	if (found.errors.length) throw new ImportFileError(found.errors.join('\n'));
	found.tables.forEach((t) => checkRowCount(label, t));
	return { tables: found.tables, notes: found.notes };
}

async function parseXlsx(fileName: string, bytes: Uint8Array): Promise<FoundTables> {
	const sheets = await readWorkbookSheets(fileName, bytes);
	const found: FoundTables = { tables: [], notes: [] };
	// Every sheet is read (MIC's 「公表用」 need not be the first); messages name the sheet when there are several.
	for (const { sheet, data } of sheets) {
		const label = sheets.length > 1 ? `${fileName}「${sheet}」` : fileName;
		const table = tableFromGrid(data);
		if (table) {
			checkRowCount(fileName, table);
			found.tables.push(table);
			continue;
		}
		const byMeaning = meaningTables(label, data.map((row) => row.map(cellText)));
		if (byMeaning) {
			found.tables.push(...byMeaning.tables.map((t) => ({ ...t, label })));
			found.notes.push(...byMeaning.notes);
		}
	}
	return found;
}

/** The cells of a CSV's first line, unquoted (DuckDB renames a repeated name, so it is read here). */
function csvHeaderCells(text: string): string[] {
	const line = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/\r$/, '');
	return (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) => cell.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replaceAll('""', '"').trim());
}

/** A published column that appears twice: which value counts would be a guess, so it is refused. */
function checkDuplicateColumns(fileName: string, header: string[], headerLine: number): void {
	const known = new Set(Object.values(COLUMNS_OF_KIND).flatMap((c) => Object.values(c) as string[]));
	header.forEach((name, j) => {
		const first = header.indexOf(name);
		if (first !== j && known.has(name)) throw new ImportFileError(ja.rowError(fileName, headerLine, name, ja.duplicateColumn(first + 1, j + 1)));
	});
}

async function parseCsv(fileName: string, bytes: Uint8Array, readCsv: CsvReader): Promise<{ found: FoundTables; format: ParsedFile['format'] }> {
	const { text, encoding } = decodeCsvBytes(fileName, bytes);
	const format = encoding === 'UTF-8' ? 'CSV (UTF-8)' : 'CSV (Shift_JIS)';
	checkCsvShape(fileName, text);
	const firstLine = csvHeaderCells(text);
	if (!recognizeTable(firstLine)) {
		// Not a published header on line 1: tables are looked for by meaning, anywhere in the file.
		const byMeaning = meaningTables(fileName, csvGrid(text));
		if (byMeaning && byMeaning.tables.length) return { found: byMeaning, format };
	}
	checkDuplicateColumns(fileName, firstLine, 1);
	let parsed: Awaited<ReturnType<CsvReader>>;
	try {
		parsed = await readCsv(text);
	} catch (error) {
		// DuckDB's own words are the detail (console, --verbose); the user gets what to check.
		throw new ImportFileError(ja.fileError(fileName, ja.notCsv), error);
	}
	const kind = recognizeTable(parsed.header);
	return { found: { tables: kind ? [{ kind, header: parsed.header, rows: parsed.rows }] : [], notes: [] }, format };
}

/** Every table a file holds (a 「公表用」 sheet may hold a prefecture and a municipal table), each ready for validation. */
export async function parseImportTables(fileName: string, bytes: Uint8Array, readCsv: CsvReader): Promise<ParsedFile[]> {
	checkImportSize(fileName, bytes.length);
	const xlsx = looksLikeZip(bytes) || /\.xlsx$/i.test(fileName);
	const { found, format } = xlsx ? { found: await parseXlsx(fileName, bytes), format: 'XLSX' as const } : await parseCsv(fileName, bytes, readCsv);
	if (found.tables.length === 0) throw new ImportFileError(ja.fileError(fileName, ja.noTableRecognised));
	return found.tables.map((table, i) => {
		if (xlsx && !('columnLabels' in table)) checkDuplicateColumns(fileName, table.header, table.headerLine ?? 1);
		if (table.rows.length === 0) throw new ImportFileError(ja.fileError(fileName, ja.emptyFile));
		const releaseDate = 'columnLabels' in table ? table.releaseDate : releaseDateOf(table.rows, COLUMNS_OF_KIND[table.kind].releaseDate);
		const label = 'label' in table && table.label ? table.label : fileName;
		return { ...table, fileName: label, format, releaseDate, notes: i === 0 ? found.notes : [] };
	});
}

/** The first table of a file (published layouts hold one per file). */
export async function parseImportFile(fileName: string, bytes: Uint8Array, readCsv: CsvReader): Promise<ParsedFile> {
	return (await parseImportTables(fileName, bytes, readCsv))[0];
}
