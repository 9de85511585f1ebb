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
		// Valid UTF-8 but for an incomplete last character: the file was cut off mid-way.
		for (let cut = 1; cut <= 3; cut++) {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(hasBom ? 3 : 0, bytes.length - cut));
				throw new ImportFileError(`${fileName}: ファイルが途中で切れています（最後の文字が不完全です）。もう一度ダウンロードしてください`);
			} catch (error) {
				if (error instanceof ImportFileError) throw error;
			}
		}
		try {
			return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes), encoding: 'Shift_JIS' };
		} catch {
			throw new ImportFileError(`${fileName}: 文字コードが UTF-8 でも Shift_JIS でもありません`);
		}
	}
}

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
