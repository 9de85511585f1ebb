/**
 * A cheap pass over decoded CSV text before DuckDB reads it: too many lines or one absurdly long
 * line are refused here, naming the line, so a hostile file never reaches the parser whole.
 */
import { ja } from '../messages/ja';
import { MAX_IMPORT_ROWS } from './limits';
import { ImportFileError } from './decode-text';

/** A published line is a few hundred bytes; 64 Ki characters is far beyond any of them. */
export const MAX_LINE_CHARS = 64 * 1024;
/** Title lines above the header and blank lines at the end, allowed on top of the data rows. */
const SLACK_LINES = 50;

export function checkCsvShape(fileName: string, text: string): void {
	// Line breaks of CR alone (classic Mac): the whole file would read as one line.
	const firstCr = text.indexOf('\r');
	if (firstCr >= 0 && text[firstCr + 1] !== '\n' && text.indexOf('\n') < 0) throw new ImportFileError(ja.fileError(fileName, ja.crOnlyLines));
	let line = 1;
	let start = 0;
	for (;;) {
		const end = text.indexOf('\n', start);
		const length = (end < 0 ? text.length : end) - start;
		if (length > MAX_LINE_CHARS) throw new ImportFileError(ja.rowProblem(fileName, line, ja.lineTooLong(length, MAX_LINE_CHARS)));
		if (end < 0 || end === text.length - 1) return; // a final line break starts no line
		line++;
		if (line > MAX_IMPORT_ROWS + SLACK_LINES + 1) throw new ImportFileError(ja.rowProblem(fileName, line, ja.tooManyRows(MAX_IMPORT_ROWS)));
		start = end + 1;
	}
}
