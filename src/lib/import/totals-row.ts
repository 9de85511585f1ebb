/**
 * Totals rows as MIC writes them: 全国, 合計, 総計, 計, and a prefecture's subtotal (「北海道 計」,
 * 「北海道計」, a row holding the prefecture's name alone, 「（北海道）」). Pure: the two label cells
 * in, which total it is out; anything else is a municipality or prefecture row.
 */
import { PREFECTURES } from '../domain/prefectures';
import { compactText } from './header-meaning';

export type TotalScope =
	| { kind: 'national' }
	| { kind: 'prefecture'; prefecture: string }
	/** 「計」 or 「小計」 under a merged (empty) prefecture cell: the prefecture above, or the whole table when it ends it. */
	| { kind: 'prefectureOrAll'; prefecture: string };

const GRAND = /^(全国|全国計|全国合計|合計|総計|総合計|計)$/;
const SUB = /^(計|合計|小計)$/;

/** Labels compared without spaces, full-width forms or brackets: 「（北海道　計）」 reads 北海道計. */
export function labelText(text: string): string {
	return compactText(text).replace(/[()[\]【】「」〔〕<>・]/g, '');
}

const prefectureNames = new Set<string>(PREFECTURES);

/** A prefecture cell to the master's name: 「北海道」「東京都」, also 「東京」「大阪」「鹿児島」 without 都府県; else ''. */
export function prefectureName(cell: string): string {
	const text = labelText(cell);
	if (prefectureNames.has(text)) return text;
	return ['都', '府', '県'].map((s) => text + s).find((p) => prefectureNames.has(p)) ?? '';
}

/**
 * A municipal table's row: `prefectureCell` is '' in a table without a prefecture column,
 * `nameCell` is the municipality cell. (In a prefecture table only isNationalLabel applies.)
 */
export function totalScope(prefectureCell: string, nameCell: string): TotalScope | null {
	const pref = labelText(prefectureCell);
	const name = labelText(nameCell);
	if ((pref === '' || pref === '全国') && GRAND.test(name)) return { kind: 'national' };
	if (GRAND.test(pref) && name === '') return { kind: 'national' };
	if (prefectureNames.has(pref) && (SUB.test(name) || name === '' || name === pref)) return { kind: 'prefecture', prefecture: pref };
	if (pref === '' && prefectureNames.has(name)) return { kind: 'prefecture', prefecture: name };
	const joined = pref === '' ? name : name === '' ? pref : null;
	const m = joined ? /^(.+?[都道府県])(計|合計|小計)$/.exec(joined) : null;
	if (m && prefectureNames.has(m[1])) return { kind: 'prefecture', prefecture: m[1] };
	return null;
}

/** 「札幌市中央区」: a ward of a designated city (政令指定都市), whose whole the master holds; the city's name or null. */
export function wardCity(name: string): string | null {
	const m = /^(.+?市)(.+区)$/.exec(labelText(name));
	return m ? m[1] : null;
}

/** 全国, 合計, 総計, 計 in a prefecture table's name cell. */
export function isNationalLabel(cell: string): boolean {
	return GRAND.test(labelText(cell));
}
