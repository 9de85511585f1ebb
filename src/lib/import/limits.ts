/**
 * What one import may cost, checked before the expensive step: no published table comes near
 * these (the largest, all_localgovs, is ~1,750 rows and ~150 KB), so anything beyond them is
 * refused quickly instead of freezing the page or exhausting memory.
 */
export const MiB = 1024 * 1024;
/** Bytes of one file as given (CSV, or the XLSX archive itself). */
export const MAX_IMPORT_BYTES = 50 * MiB;
/** Bytes of an XLSX workbook once unzipped (sheets, shared strings): a ZIP bomb stops here. */
export const MAX_XLSX_UNZIPPED_BYTES = 20 * MiB;
/** Data rows in one table. */
export const MAX_IMPORT_ROWS = 10_000;

/** 52428800 → "50"; 52428801 → "50.0"; 73400320 → "70" (MiB, as the limit is stated). */
export function formatMiB(bytes: number): string {
	const mib = bytes / MiB;
	return Number.isInteger(mib) ? String(mib) : mib.toFixed(1);
}
