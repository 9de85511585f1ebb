/**
 * One file a user brings (CSV in UTF-8 or Shift_JIS, quoted or not, LF or CRLF; or an XLSX
 * workbook) to a recognised published table. CSV goes through DuckDB's read_csv (the engine is
 * passed in: Node or wasm); XLSX through read-excel-file. Which table it is comes from the header.
 */
import { readSheet } from 'read-excel-file/universal';
import { recognizeTable, COLUMNS_OF_KIND } from '../domain/issuance-tables';
import type { RawRow } from '../domain/validate-release';
import { decodeCsvBytes, ImportFileError, looksLikeZip } from './decode-text';
import { tableFromGrid, type RecognizedTable } from './sheet-table';
import { ja } from '../messages/ja';

/** Reads UTF-8 CSV text with DuckDB's read_csv (all columns as text, header on line 1). */
export type CsvReader = (text: string) => Promise<{ header: string[]; rows: RawRow[] }>;

export interface ParsedFile extends RecognizedTable {
	fileName: string;
	format: 'CSV (UTF-8)' | 'CSV (Shift_JIS)' | 'XLSX';
	/** The release the rows are for, from their 算出基準日. */
	releaseDate: string | null;
}

/** Files larger than this are refused before parsing: no published table comes near it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function releaseDateOf(rows: RawRow[], column: string): string | null {
	const text = rows[0]?.[column]?.trim();
	const m = text ? /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text) : null;
	return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

export async function parseImportFile(fileName: string, bytes: Uint8Array, readCsv: CsvReader): Promise<ParsedFile> {
	if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(`${fileName}: ${Math.round(bytes.length / 1e6)} MB は大きすぎます（上限 ${MAX_IMPORT_BYTES / 1e6} MB）`);
	let table: RecognizedTable | null;
	let format: ParsedFile['format'];
	if (looksLikeZip(bytes) || /\.xlsx$/i.test(fileName)) {
		let grid: unknown[][];
		try {
			grid = await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		} catch (error) {
			throw new ImportFileError(`${fileName}: XLSX として読めません（${(error as Error).message}）`);
		}
		table = tableFromGrid(grid);
		format = 'XLSX';
	} else {
		const { text, encoding } = decodeCsvBytes(fileName, bytes);
		let parsed: Awaited<ReturnType<CsvReader>>;
		try {
			parsed = await readCsv(text);
		} catch (error) {
			// DuckDB's own words go to the console; the user gets what to check.
			console.error(`${fileName}: read_csv`, error);
			throw new ImportFileError(`${fileName}: CSV として読めません（引用符が閉じていない、途中で切れている、列の数が行によって違う、などの可能性があります）`);
		}
		const kind = recognizeTable(parsed.header);
		// A CSV's header may also sit below title lines: fall back to searching the grid.
		table = kind ? { kind, header: parsed.header, rows: parsed.rows } : null;
		format = encoding === 'UTF-8' ? 'CSV (UTF-8)' : 'CSV (Shift_JIS)';
	}
	if (!table) throw new ImportFileError(ja.fileError(fileName, '見出しから表の種類が分かりません（市区町村別・都道府県別・団体区分別・年齢男女別の公表形式の列が必要です）'));
	if (table.rows.length === 0) throw new ImportFileError(ja.fileError(fileName, ja.emptyFile));
	return { ...table, fileName, format, releaseDate: releaseDateOf(table.rows, COLUMNS_OF_KIND[table.kind].releaseDate) };
}
