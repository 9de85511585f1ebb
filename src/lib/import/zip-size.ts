/**
 * The unzipped size an XLSX (a ZIP archive) declares in its central directory, read without
 * unzipping anything, so a workbook that would expand to gigabytes is refused before parsing.
 * Returns null when the archive's directory cannot be read (the XLSX reader then reports it).
 */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
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
	const entries = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
		const size = view.getUint32(offset + 24, true);
		// 0xFFFFFFFF means the real size is in a ZIP64 field: far beyond any limit of ours.
		total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
		offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
	}
	return total;
}
