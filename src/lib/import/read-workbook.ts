/**
 * Every XLSX the site reads goes through here (the release import, the plan's company and event
 * lists): the size checks, then the archive re-stored uncompressed (zip-entries.ts) so the reader
 * unzips on the calling thread — no `blob:` worker, which the CSP (`worker-src 'self'`) blocks —
 * and any failure settles as an ImportFileError naming the file.
 */
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import { ImportFileError } from './decode-text';
import { checkXlsxSize } from './xlsx-size-check';
import { storedXmlArchive } from './zip-entries';
import { ja } from '../messages/ja';

async function readable(fileName: string, bytes: Uint8Array): Promise<ArrayBuffer> {
	await checkXlsxSize(fileName, bytes);
	const stored = await storedXmlArchive(bytes);
	if (!stored) throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), 'a ZIP entry could not be unzipped');
	return stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
}

/** Every sheet of a workbook, as read-excel-file gives them. */
export async function readWorkbookSheets(fileName: string, bytes: Uint8Array): Promise<{ sheet: string; data: unknown[][] }[]> {
	const buffer = await readable(fileName, bytes);
	try {
		return await readXlsxFile(buffer);
	} catch (error) {
		throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), error);
	}
}

/** The first sheet of a workbook. */
export async function readWorkbookFirstSheet(fileName: string, bytes: Uint8Array): Promise<unknown[][]> {
	const buffer = await readable(fileName, bytes);
	try {
		return await readSheet(buffer);
	} catch (error) {
		throw new ImportFileError(ja.fileError(fileName, ja.notXlsx), error);
	}
}
