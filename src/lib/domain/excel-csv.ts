/**
 * CSV that Excel on a Japanese Windows PC opens correctly: UTF-8 with a byte-order mark,
 * CRLF, and no text cell Excel would run as a formula (a leading = + - @ or tab/CR gets a
 * leading apostrophe). Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
	if (value == null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toExcelCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return '\ufeff' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
