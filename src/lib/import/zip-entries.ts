/**
 * What an XLSX (a ZIP archive) holds, read from its central directory without unzipping: the
 * declared unzipped size, and a streamed count of a sheet's rows. Both run before the XLSX reader,
 * so a workbook that would expand to gigabytes or hold a million rows is refused in moments.
 * Platform only (DataView, DecompressionStream): the same code runs in Node and the browser.
 */
interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

/** The archive's entries, or null when its directory cannot be read (the XLSX reader then reports it). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	const entries: ZipEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
		const nameLength = view.getUint16(offset + 28, true);
		const size = view.getUint32(offset + 24, true);
		entries.push({
			name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
			method: view.getUint16(offset + 10, true),
			compressedSize: view.getUint32(offset + 20, true),
			// 0xFFFFFFFF means the real size is in a ZIP64 field: far beyond any limit of ours.
			size: size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 4 : size,
			localOffset: view.getUint32(offset + 42, true)
		});
		offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
	}
	return entries;
}

export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
	const entries = zipEntries(bytes);
	return entries ? entries.reduce((sum, e) => sum + e.size, 0) : null;
}

/** The stored bytes of one entry, unzipped as a stream of text chunks. */
function entryText(bytes: Uint8Array, entry: ZipEntry): ReadableStream<string> | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const local = entry.localOffset;
	if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
	const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	const stored = new Blob([bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize)) as Uint8Array<ArrayBuffer>]).stream();
	if (entry.method === 0) return stored.pipeThrough(new TextDecoderStream());
	if (entry.method === 8) return stored.pipeThrough(new DecompressionStream('deflate-raw')).pipeThrough(new TextDecoderStream());
	return null;
}

/**
 * The most rows any worksheet holds (counted by its "<row" elements, streamed), stopping as
 * soon as one passes `limit`; Infinity when the sheets unzip to more than `maxChars` whatever
 * the directory declared (a ZIP can lie). null when a sheet cannot be unzipped here (the XLSX
 * reader then reports it).
 */
export async function mostSheetRows(bytes: Uint8Array, limit: number, maxChars = Infinity): Promise<number | null> {
	const sheets = (zipEntries(bytes) ?? []).filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
	let most = 0;
	let chars = 0;
	for (const sheet of sheets) {
		const stream = entryText(bytes, sheet);
		if (!stream) return null;
		const reader = stream.getReader();
		let rows = 0;
		let tail = '';
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				chars += value.length;
				if (chars > maxChars) {
					await reader.cancel();
					return Infinity;
				}
				const text = tail + value;
				// An element starting in the last 4 characters is counted with the next chunk, never twice.
				for (let i = text.indexOf('<row'); i >= 0 && i + 4 < text.length; i = text.indexOf('<row', i + 4)) {
					if (/[\s/>]/.test(text[i + 4]) && ++rows > limit) {
						await reader.cancel();
						return rows;
					}
				}
				tail = text.slice(-4);
			}
		} catch {
			return null;
		}
		most = Math.max(most, rows);
	}
	return most;
}
