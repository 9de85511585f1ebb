/**
 * The first worksheet of an XLSX workbook as a grid, after the same size checks as the release
 * import (xlsx-size-check.ts).
 */
import { readSheet } from 'read-excel-file/universal';
import { ImportFileError } from './decode-text';
import { checkXlsxSize } from './xlsx-size-check';
import { ja } from '../messages/ja';

export async function xlsxGrid(fileName: string, bytes: Uint8Array): Promise<unknown[][]> {
	await checkXlsxSize(fileName, bytes);
	try {
		return await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (error) {
		throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), error);
	}
}
