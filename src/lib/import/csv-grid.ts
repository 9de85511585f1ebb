/**
 * CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF) to a
 * grid of cells with the line each record starts on, for lists people make in Excel (the release
 * import reads its CSV with DuckDB; a company list is small and needs no engine).
 */
import { ja } from '../messages/ja';
import { ImportFileError } from './decode-text';

export interface GridRow {
	/** The line the record starts on, 1-based, as Excel and a text editor count. */
	line: number;
	cells: string[];
}

export function csvRecords(fileName: string, text: string): GridRow[] {
	const rows: GridRow[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') (cell += '"'), i++;
				else quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',') cells.push(cell), (cell = '');
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			rows.push({ line: start, cells });
			(cells = []), (cell = ''), line++, (start = line);
		} else cell += ch;
	}
	if (quoted) throw new ImportFileError(ja.rowProblem(fileName, start, ja.csvUnclosedQuote));
	if (cell !== '' || cells.length) cells.push(cell), rows.push({ line: start, cells });
	return rows;
}

/**
 * The same records as plain trimmed cells, every line kept (title lines, blank lines, several
 * tables one above the other), so release tables are found by their header wherever it is.
 * The text has passed checkCsvShape.
 */
export function csvGrid(text: string): string[][] {
	return csvRecords('', text).map((r) => r.cells.map((c) => c.trim()));
}
