/**
 * The size checks an XLSX file passes before the reader holds it (see limits.ts): the archive's
 * declared unzipped size, then the sheet rows counted on the zipped bytes as a stream — the reader
 * would hold every row at once. Shared by the release import and the plan's register/event import.
 */
import { ImportFileError } from './decode-text';
import { declaredUnzippedBytes, mostSheetRows } from './zip-entries';
import { formatMiB, MAX_IMPORT_ROWS, MAX_XLSX_UNZIPPED_BYTES } from './limits';
import { ja } from '../messages/ja';

/** Throws an ImportFileError naming the file when the workbook is not a ZIP or is too large to read. */
export async function checkXlsxSize(fileName: string, bytes: Uint8Array): Promise<void> {
	const unzipped = declaredUnzippedBytes(bytes);
	if (unzipped == null) throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), 'ZIP central directory not found');
	if (unzipped > MAX_XLSX_UNZIPPED_BYTES) throw new ImportFileError(ja.fileError(fileName, ja.xlsxTooLarge(formatMiB(unzipped), formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	const rows = await mostSheetRows(bytes, MAX_IMPORT_ROWS + 50, MAX_XLSX_UNZIPPED_BYTES);
	if (rows === Infinity) throw new ImportFileError(ja.fileError(fileName, ja.xlsxOverLimit(formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	if (rows != null && rows > MAX_IMPORT_ROWS + 50) throw new ImportFileError(ja.rowProblem(fileName, rows, ja.tooManyRows(MAX_IMPORT_ROWS)));
}
