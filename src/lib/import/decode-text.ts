/**
 * Bytes of a published CSV to text: UTF-8 with or without BOM, else Shift_JIS (CP932), as
 * MIC's own downloads are. Refuses binary content rather than guessing.
 */
import { ja } from '../messages/ja';

/** A file refused with a message for people; `detail` is the technical cause (console, --verbose). */
export class ImportFileError extends Error {
	constructor(
		message: string,
		readonly detail?: unknown
	) {
		super(message);
	}
}

/** Line number (1-based) of a position in bytes: the count of LF bytes before it, plus one. */
function lineAt(bytes: Uint8Array, position: number): number {
	let line = 1;
	for (let i = bytes.indexOf(0x0a); i >= 0 && i < position; i = bytes.indexOf(0x0a, i + 1)) line++;
	return line;
}

export function decodeCsvBytes(fileName: string, bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
	if (bytes.length === 0) throw new ImportFileError(`${fileName}: 空のファイルです`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) throw new ImportFileError(ja.fileError(fileName, ja.utf32));
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new ImportFileError(ja.fileError(fileName, ja.utf16));
	const wide = wideEncoding(bytes);
	if (wide) throw new ImportFileError(ja.fileError(fileName, wide === 32 ? ja.utf32 : ja.utf16NoBom));
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new ImportFileError(ja.rowProblem(fileName, lineAt(bytes, nul), ja.nulByte));
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
			const lenient = new TextDecoder('utf-8').decode(bytes);
			const bad = lenient.indexOf('\ufffd');
			const line = bad < 0 ? 1 : lenient.slice(0, bad).split('\n').length;
			throw new ImportFileError(ja.rowProblem(fileName, line, ja.notUtf8OrSjis));
		}
	}
}

/**
 * UTF-16 or UTF-32 without a BOM. UTF-32 holds every character of Japanese text in four bytes, two
 * of them zero; UTF-16 has a zero byte beside every ASCII character (quotes, commas, digits) and
 * on one side only. Text in UTF-8 or Shift_JIS has no zero byte at all. Looked at in the first 4 KiB.
 */
function wideEncoding(bytes: Uint8Array): 16 | 32 | null {
	const n = Math.min(bytes.length, 4096) & ~3;
	if (n < 8) return null;
	const zeros = [0, 0, 0, 0];
	for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 4]++;
	const quarter = n / 4;
	const most = (k: number) => zeros[k] >= quarter * 0.9;
	if ((most(2) && most(3)) || (most(0) && most(1))) return 32;
	const [even, odd] = [zeros[0] + zeros[2], zeros[1] + zeros[3]];
	const oneSided = (a: number, b: number) => a >= (n / 2) * 0.05 && b <= a * 0.05;
	if (oneSided(odd, even) || oneSided(even, odd)) return 16;
	return null;
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
