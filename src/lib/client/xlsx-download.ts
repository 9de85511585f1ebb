/**
 * Saves rows as an .xlsx file (write-excel-file, loaded only when asked for). The columns say the
 * headers and kinds (src/lib/export/xlsx-columns.ts): numbers stay numbers, dates are dates.
 */
import type { SheetData } from 'write-excel-file/browser';
import { xlsxSheet, type XlsxColumn } from '../export/xlsx-columns';
import { downloadBlob } from './download';

export async function xlsxBlob<Row>(rows: readonly Row[], columns: readonly XlsxColumn<Row>[], sheet = 'データ'): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/browser');
	const { data, columns: widths } = xlsxSheet(rows, columns);
	// XlsxCell is write-excel-file's cell object (value, type, format), typed narrower here.
	const sheetData: SheetData = data;
	return writeXlsxFile(sheetData, { sheet, columns: widths, stickyRowsCount: 1 }).toBlob();
}

export async function downloadXlsx<Row>(rows: readonly Row[], columns: readonly XlsxColumn<Row>[], fileName: string, sheet = 'データ'): Promise<void> {
	downloadBlob(fileName, await xlsxBlob(rows, columns, sheet));
}
