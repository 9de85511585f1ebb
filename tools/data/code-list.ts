/** MIC's list of local government codes with readings (UTF-8 CSV `code,pref,name,type,district,furigana`). */
import type { CodeListEntry } from '../../src/lib/domain/municipality-kana';

const HEADER = ['code', 'pref', 'name', 'type', 'district', 'furigana'];

/** Rows of the list; throws with the line when the file is not the expected layout (it holds no quoted fields). */
export function parseCodeList(text: string, label: string): CodeListEntry[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
	const header = lines[0]?.split(',') ?? [];
	if (HEADER.some((column, i) => header[i] !== column)) throw new Error(`${label}: 1 行目が ${HEADER.join(',')} ではありません`);
	return lines.slice(1).map((line, i) => {
		const cells = line.split(',');
		if (cells.length !== HEADER.length || !/^\d{6}$/.test(cells[0])) throw new Error(`${label}: ${i + 2} 行目を読めません（${HEADER.length} 列、6 桁の団体コードのはず）: ${line}`);
		const [code6, prefecture, name, type, , kana] = cells;
		return { code6, prefecture, name, type, kana };
	});
}
