/**
 * The first worksheet of an XLSX workbook as a grid, with the same size checks as the release
 * import (parse-file.ts) made before each expensive step: the archive's declared size, the rows
 * counted while streaming, then the reader.
 */
import { readSheet } from 'read-excel-file/universal';
import { ImportFileError } from './decode-text';
import { declaredUnzippedBytes, mostSheetRows } from './zip-entries';
import { formatMiB, MAX_IMPORT_ROWS, MAX_XLSX_UNZIPPED_BYTES } from './limits';
import { ja } from '../messages/ja';

export async function xlsxGrid(fileName: string, bytes: Uint8Array): Promise<unknown[][]> {
	const unzipped = declaredUnzippedBytes(bytes);
	if (unzipped == null) throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), 'ZIP central directory not found');
	if (unzipped > MAX_XLSX_UNZIPPED_BYTES) throw new ImportFileError(ja.fileError(fileName, ja.xlsxTooLarge(formatMiB(unzipped), formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	const rows = await mostSheetRows(bytes, MAX_IMPORT_ROWS + 50, MAX_XLSX_UNZIPPED_BYTES);
	if (rows === Infinity) throw new ImportFileError(ja.fileError(fileName, ja.xlsxOverLimit(formatMiB(MAX_XLSX_UNZIPPED_BYTES))));
	if (rows != null && rows > MAX_IMPORT_ROWS + 50) throw new ImportFileError(ja.rowProblem(fileName, rows, ja.tooManyRows(MAX_IMPORT_ROWS)));
	try {
		return await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (error) {
		throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), error);
	}
}
