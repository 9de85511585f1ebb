/**
 * Bytes of a published CSV to text: UTF-8 with or without BOM, else Shift_JIS (CP932), as
 * MIC's own downloads are. Refuses binary content rather than guessing.
 */
export class ImportFileError extends Error {}

export function decodeCsvBytes(fileName: string, bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
	if (bytes.length === 0) throw new ImportFileError(`${fileName}: 空のファイルです`);
	if (bytes.subarray(0, 8192).includes(0)) throw new ImportFileError(`${fileName}: 文字のファイルではありません（CSV か XLSX が必要です）`);
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes), encoding: 'UTF-8' };
	} catch {
		if (endsMidCharacter(bytes.subarray(hasBom ? 3 : 0))) {
			throw new ImportFileError(`${fileName}: ファイルが途中で切れています（最後の文字が不完全です）。もう一度ダウンロードしてください`);
		}
		try {
			return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes), encoding: 'Shift_JIS' };
		} catch {
			throw new ImportFileError(`${fileName}: 文字コードが UTF-8 でも Shift_JIS でもありません`);
		}
	}
}

/** Valid UTF-8 up to a last character whose lead byte promises more bytes than the file has. */
function endsMidCharacter(bytes: Uint8Array): boolean {
	for (let back = 1; back <= 3 && back <= bytes.length; back++) {
		const b = bytes[bytes.length - back];
		if (b < 0x80) return false;
		if (b >= 0xc0) {
			const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
			if (back >= needed || bytes.length - back === 0) return false;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - back));
				return true;
			} catch {
				return false;
			}
		}
	}
	return false;
}

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
