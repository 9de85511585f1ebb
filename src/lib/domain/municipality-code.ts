import { checkDigit } from './check-digit';

/**
 * Codes as published are integers, so 札幌市 011002 arrives as "11002".
 * Returns the zero-padded 6-digit code, or null when the text is not a code at all.
 */
export function normalizeCode6(raw: string): string | null {
	const text = raw.trim();
	if (!/^\d{1,6}$/.test(text)) return null;
	return text.padStart(6, '0');
}

/** N03 boundaries carry the 5-digit JIS code; issuance carries code6 = code5 × 10 + check digit. */
export function code5FromCode6(code6: string): string {
	return code6.slice(0, 5);
}

export function code6FromCode5(code5: string): string {
	return code5 + String(checkDigit(code5));
}

/** Variant kanji that releases use interchangeably for the same municipality (檮原町 / 梼原町, 髙 / 高). */
const KANJI_VARIANTS: Record<string, string> = { 檮: '梼', 嶋: '島', 﨑: '崎', 舘: '館', 邊: '辺', 邉: '辺', 髙: '高', ヶ: 'ケ' };

/** One form of each variant pair; applied to both the published name and the master's before comparing. */
export function foldVariants(name: string): string {
	return name.replace(/[檮嶋﨑舘邊邉髙ヶ]/g, (c) => KANJI_VARIANTS[c] ?? c);
}

/**
 * Some releases write towns with their county or island (「虻田郡ニセコ町」「八丈島八丈町」),
 * others without (「ニセコ町」), some with variant kanji. All name the same municipality.
 */
export function isSameMunicipalityName(published: string, master: string): boolean {
	const a = foldVariants(published);
	const b = foldVariants(master);
	if (a === b) return true;
	const prefix = a.slice(0, a.length - b.length);
	return a.endsWith(b) && /^([^郡]+郡|[^郡島]+島)$/.test(prefix);
}

/**
 * The six villages of the Northern Territories (北方領土) have boundaries and codes in N03 but
 * no residents registered and no issuance data: they are drawn as "no data", never expected in a file.
 */
export const NORTHERN_TERRITORIES_CODE5 = new Set(['01695', '01696', '01697', '01698', '01699', '01700']);
