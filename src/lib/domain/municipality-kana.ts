/**
 * Readings (hiragana) of municipalities for searching by kana. They come from MIC's list of local
 * government codes (全国地方公共団体コード, read at build time into the boundaries and the
 * municipalities table); this module holds the few the list lacks and the lookups over them.
 * Matching what was typed against a name or reading is map-view's matchesSearch.
 */
/** One row of MIC's code list, as the data build reads it. */
export interface CodeListEntry {
	code6: string;
	prefecture: string;
	name: string;
	/** 都道府県, 市, 町, 村, 特別区, 政令市 (a designated city) or 行政区 (one of its wards). */
	type: string;
	kana: string;
}

/**
 * Municipalities of the releases that the mirrored list (as of 2016-10-10) does not have,
 * with their official reading: facts written by hand, each with the reason.
 */
export const READINGS_NOT_IN_CODE_LIST: Readonly<Record<string, readonly [name: string, kana: string, why: string]>> = {
	'402311': ['那珂川市', 'なかがわし', '2018-10-01 に那珂川町（403059）から市になった']
};

/** code6 → reading of every municipality and designated city of the list, plus the table above. */
export function readingsByCode(entries: readonly CodeListEntry[]): Map<string, string> {
	const readings = new Map<string, string>();
	for (const entry of entries) if (entry.type !== '都道府県' && entry.type !== '行政区' && entry.kana) readings.set(entry.code6, entry.kana);
	for (const [code6, [, kana]] of Object.entries(READINGS_NOT_IN_CODE_LIST)) readings.set(code6, kana);
	return readings;
}

/** The designated cities (政令市) of the list: their wards are drawn and counted as the city. */
export function designatedCities(entries: readonly CodeListEntry[]): CodeListEntry[] {
	return entries.filter((entry) => entry.type === '政令市');
}

/** A `kanaOf` for search from anything that carries readings (boundary shapes, municipality rows); '' counts as none. */
export function kanaLookup(items: Iterable<{ code6: string; kana?: string | null }>): (code6: string) => string | undefined {
	const byCode = new Map<string, string>();
	for (const item of items) if (item.kana) byCode.set(item.code6, item.kana);
	return (code6) => byCode.get(code6);
}

const KIND_READINGS: Readonly<Record<string, readonly string[]>> = { 市: ['し'], 区: ['く'], 町: ['ちょう', 'まち'], 村: ['むら', 'そん'] };

/**
 * What to show as an example in a kana search box: the reading of the prefecture's first municipality
 * by code (mostly its seat: 札幌市 → さっぽろ, 千代田区 → ちよだ; 山口県 gives 下関市) without the reading of
 * 市/区/町/村; null when none has a reading.
 */
export function searchExample(municipalities: readonly { code6: string; name: string }[], kanaOf: (code6: string) => string | undefined): string | null {
	const first = [...municipalities].sort((a, b) => a.code6.localeCompare(b.code6)).find((m) => kanaOf(m.code6));
	if (!first) return null;
	const kana = kanaOf(first.code6)!;
	const suffix = (KIND_READINGS[first.name.at(-1) ?? ''] ?? []).find((r) => kana.endsWith(r) && kana.length > r.length);
	return suffix ? kana.slice(0, -suffix.length) : kana;
}
