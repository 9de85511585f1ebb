/**
 * The one CSV layout the project writes: header of table column names, ISO dates,
 * plain integers. Both DuckDB engines load it with the declared column types.
 */
/**
 * How the writer below quotes, as read_csv options: a field with a comma, quote or line break is
 * quoted and its quotes doubled. Every reader of a file we wrote passes exactly these.
 */
export const CANONICAL_CSV_DIALECT = `delim = ',', quote = '"', escape = '"'`;

function quote(value: unknown): string {
	if (value == null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCanonicalCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => quote(row[c])).join(','));
	return lines.join('\n') + '\n';
}
