/**
 * The first worksheet of an XLSX workbook as a grid, after the same size checks as the release
 * import (read-workbook.ts: no worker, any failure named).
 */
import { readWorkbookFirstSheet } from './read-workbook';

export async function xlsxGrid(fileName: string, bytes: Uint8Array): Promise<unknown[][]> {
	return readWorkbookFirstSheet(fileName, bytes);
}
