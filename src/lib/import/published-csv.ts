/**
 * A recognised table written back in the published layout (Code for Japan's CSV: UTF-8 with
 * BOM, the published column names). Imports are stored like this, so every later build reads
 * them exactly as it reads the mirror.
 */
import { COLUMNS_OF_KIND, SOURCE_FILE_OF_KIND } from '../domain/issuance-tables';
import { isoToReleaseDir } from '../domain/release-date';
import type { RecognizedTable } from './sheet-table';

/** Thousands separators go ("1,234" → "1234"); any other text is kept as it was. */
const plainNumber = (text: string) => (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text.trim()) ? text.trim().replaceAll(',', '') : text);

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toPublishedCsv(table: RecognizedTable): string {
	const columns = Object.values(COLUMNS_OF_KIND[table.kind]);
	const lines = [columns.map(quote).join(','), ...table.rows.map((row) => columns.map((c) => quote(plainNumber(row[c] ?? ''))).join(','))];
	return '\ufeff' + lines.join('\n') + '\n';
}

export function publishedPath(releaseDate: string, table: RecognizedTable): string {
	return `${isoToReleaseDir(releaseDate)}/${SOURCE_FILE_OF_KIND[table.kind]}`;
}
