/**
 * One file a user brings (CSV in UTF-8 or Shift_JIS, quoted or not, LF or CRLF; or an XLSX
 * workbook) to a recognised published table. CSV goes through DuckDB's read_csv (the engine is
 * passed in: Node or wasm); XLSX through read-excel-file. Which table it is comes from the header.
 * Sizes are checked before each expensive step (see limits.ts).
 */
import { readSheet } from 'read-excel-file/universal';
import { recognizeTable, COLUMNS_OF_KIND } from '../domain/issuance-tables';
import type { RawRow } from '../domain/validate-release';
import { decodeCsvBytes, ImportFileError, looksLikeZip } from './decode-text';
import { tableFromGrid, LINE_KEY, type RecognizedTable } from './sheet-table';
import { checkCsvShape } from './csv-shape';
import { declaredUnzippedBytes, mostSheetRows } from './zip-entries';
import { formatMiB, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_XLSX_UNZIPPED_BYTES } from './limits';
import { ja } from '../messages/ja';

export { MAX_IMPORT_BYTES };

/** Reads UTF-8 CSV text with DuckDB's read_csv (all columns as text, header on line 1). */
export type CsvReader = (text: string) => Promise<{ header: string[]; rows: RawRow[] }>;

export interface ParsedFile extends RecognizedTable {
	fileName: string;
	format: 'CSV (UTF-8)' | 'CSV (Shift_JIS)' | 'XLSX';
	/** The release the rows are for, from their 算出基準日. */
	releaseDate: string | null;
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

async function parseXlsx(fileName: string, bytes: Uint8Array): Promise<RecognizedTable | null> {
	const unzipped = declaredUnzippedBytes(bytes);
	if (unzipped == null) throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), 'ZIP central directory not found');
	if (unzipped > MAX_XLSX_UNZIPPED_BYTES) throw new ImportFileError(ja.fileError(fileName, ja.xlsxTooLarge(formatMiB(unzipped), formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	// Counted on the zipped bytes as a stream: the reader below would hold every row at once.
	const rows = await mostSheetRows(bytes, MAX_IMPORT_ROWS + 50, MAX_XLSX_UNZIPPED_BYTES);
	if (rows === Infinity) throw new ImportFileError(ja.fileError(fileName, ja.xlsxOverLimit(formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	if (rows != null && rows > MAX_IMPORT_ROWS + 50) throw new ImportFileError(ja.rowProblem(fileName, rows, ja.tooManyRows(MAX_IMPORT_ROWS)));
	let grid: unknown[][];
	try {
		grid = await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (error) {
		throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), error);
	}
	const table = tableFromGrid(grid);
	if (table && table.rows.length > MAX_IMPORT_ROWS) {
		throw new ImportFileError(ja.rowProblem(fileName, Number(table.rows[MAX_IMPORT_ROWS][LINE_KEY]), ja.tooManyRows(MAX_IMPORT_ROWS)));
	}
	return table;
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

export async function parseImportFile(fileName: string, bytes: Uint8Array, readCsv: CsvReader): Promise<ParsedFile> {
	checkImportSize(fileName, bytes.length);
	let table: RecognizedTable | null;
	let format: ParsedFile['format'];
	if (looksLikeZip(bytes) || /\.xlsx$/i.test(fileName)) {
		table = await parseXlsx(fileName, bytes);
		format = 'XLSX';
		if (table) checkDuplicateColumns(fileName, table.header, table.headerLine ?? 1);
	} else {
		const { text, encoding } = decodeCsvBytes(fileName, bytes);
		checkCsvShape(fileName, text);
		checkDuplicateColumns(fileName, csvHeaderCells(text), 1);
		let parsed: Awaited<ReturnType<CsvReader>>;
		try {
			parsed = await readCsv(text);
		} catch (error) {
			// DuckDB's own words are the detail (console, --verbose); the user gets what to check.
			throw new ImportFileError(ja.fileError(fileName, ja.notCsv), error);
		}
		const kind = recognizeTable(parsed.header);
		table = kind ? { kind, header: parsed.header, rows: parsed.rows } : null;
		format = encoding === 'UTF-8' ? 'CSV (UTF-8)' : 'CSV (Shift_JIS)';
	}
	if (!table) throw new ImportFileError(ja.fileError(fileName, '見出しから表の種類が分かりません（市区町村別・都道府県別・団体区分別・年齢男女別の公表形式の列が必要です）'));
	if (table.rows.length === 0) throw new ImportFileError(ja.fileError(fileName, ja.emptyFile));
	return { ...table, fileName, format, releaseDate: releaseDateOf(table.rows, COLUMNS_OF_KIND[table.kind].releaseDate) };
}
