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

/** One entry unzipped whole; null when it cannot be (an unknown method, a broken stream). */
async function entryBytes(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const local = entry.localOffset;
	if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
	const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	const stored = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
	if (entry.method === 0) return stored;
	if (entry.method !== 8) return null;
	try {
		const stream = new Blob([stored as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		return new Uint8Array(await new Response(stream).arrayBuffer());
	} catch {
		return null;
	}
}

let crcTable: Uint32Array | null = null;
function crc32(data: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

interface StoredPart {
	name: Uint8Array;
	data: Uint8Array;
	crc: number;
}

/**
 * The fields a local file header (from its offset 4) and a central directory entry (from its offset 6)
 * share: version needed 2.0, flags (UTF-8 name), method "stored", no time, the CRC, both sizes, the
 * name's length.
 */
function writeSharedHeader(view: DataView, at: number, p: StoredPart): void {
	view.setUint16(at, 20, true);
	view.setUint16(at + 2, 0x0800, true);
	view.setUint32(at + 10, p.crc, true);
	view.setUint32(at + 14, p.data.length, true);
	view.setUint32(at + 18, p.data.length, true);
	view.setUint16(at + 22, p.name.length, true);
}

/**
 * The archive again with its XML parts stored uncompressed (the rest, e.g. images, left out):
 * unzipped here with the platform's DecompressionStream, so the XLSX reader's unzip library never
 * starts a worker of its own (it would from a `blob:` URL, which the site's CSP refuses, and its
 * promise would never settle). null when an entry cannot be unzipped (the caller reports the file).
 */
export async function storedXmlArchive(bytes: Uint8Array): Promise<Uint8Array | null> {
	const entries = zipEntries(bytes);
	if (!entries) return null;
	const parts: StoredPart[] = [];
	for (const entry of entries) {
		if (!entry.name.endsWith('.xml') && !entry.name.endsWith('.xml.rels')) continue;
		const data = await entryBytes(bytes, entry);
		if (!data) return null;
		parts.push({ name: new TextEncoder().encode(entry.name), data, crc: crc32(data) });
	}
	const size = parts.reduce((s, p) => s + 30 + p.name.length + p.data.length + 46 + p.name.length, 22);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	let offset = 0;
	const locals: number[] = [];
	for (const p of parts) {
		locals.push(offset);
		view.setUint32(offset, 0x04034b50, true);
		writeSharedHeader(view, offset + 4, p);
		out.set(p.name, offset + 30);
		out.set(p.data, offset + 30 + p.name.length);
		offset += 30 + p.name.length + p.data.length;
	}
	const central = offset;
	parts.forEach((p, i) => {
		view.setUint32(offset, 0x02014b50, true);
		view.setUint16(offset + 4, 20, true);
		writeSharedHeader(view, offset + 6, p);
		view.setUint32(offset + 42, locals[i], true);
		out.set(p.name, offset + 46);
		offset += 46 + p.name.length;
	});
	view.setUint32(offset, 0x06054b50, true);
	view.setUint16(offset + 8, parts.length, true);
	view.setUint16(offset + 10, parts.length, true);
	view.setUint32(offset + 12, offset - central, true);
	view.setUint32(offset + 16, central, true);
	return out;
}
