/**
 * The four tables MIC publishes per release, by the Japanese headers they carry.
 * The header text identifies the table; columns are looked up by name, never by position.
 */
export const MUNICIPAL_COLUMNS = {
	releaseDate: '算出基準日',
	prefecture: '都道府県名',
	name: '市区町村名',
	population: '総数（人口）',
	cards: '交付枚数',
	publishedRate: '人口に対する交付枚数率',
	populationBaseDate: '人口算出基準日',
	cardsBaseDate: '交付件数基準日',
	code: '団体コード'
} as const;

export const PREFECTURAL_COLUMNS = {
	releaseDate: '算出基準日',
	prefecture: '都道府県名',
	population: '総数（人口）',
	cards: '交付枚数',
	publishedRate: '人口に対する交付枚数率',
	populationBaseDate: '人口算出基準日',
	cardsBaseDate: '交付枚数算出基準日'
} as const;

export const BY_KIND_COLUMNS = {
	releaseDate: '算出基準日',
	kind: '区分',
	population: '人口',
	cards: '交付枚数',
	publishedRate: '人口に対する交付枚数率',
	populationBaseDate: '人口算出基準日',
	cardsBaseDate: '交付枚数算出基準日'
} as const;

export const DEMOGRAPHIC_COLUMNS = {
	releaseDate: '算出基準日',
	ageBand: '年齢',
	populationMale: '人口(男)',
	populationFemale: '人口(女)',
	populationTotal: '人口(計)',
	cardsMale: '交付件数(男)',
	cardsFemale: '交付件数(女)',
	cardsTotal: '交付件数(計)',
	populationBaseDate: '人口算出基準日',
	cardsBaseDate: '交付枚数算出基準日'
} as const;

/**
 * The Digital Agency's later measure, 保有枚数 (cards currently held), replaces 交付枚数 in the
 * same layouts. It is a different quantity (cards returned or expired drop out), so it is
 * recognised as its own table kind and stored apart, never mixed with issued cards.
 */
export const MUNICIPAL_HELD_COLUMNS = { ...MUNICIPAL_COLUMNS, cards: '保有枚数', publishedRate: '人口に対する保有枚数率' } as const;
export const PREFECTURAL_HELD_COLUMNS = { ...PREFECTURAL_COLUMNS, cards: '保有枚数', publishedRate: '人口に対する保有枚数率' } as const;

export type TableKind = 'municipal' | 'prefectural' | 'byKind' | 'demographics' | 'municipalHeld' | 'prefecturalHeld';

export const SOURCE_FILE_OF_KIND: Record<TableKind, string> = {
	municipal: 'all_localgovs.csv',
	prefectural: 'all_prefectures.csv',
	byKind: 'summary_by_types.csv',
	demographics: 'demographics.csv',
	municipalHeld: 'all_localgovs_held.csv',
	prefecturalHeld: 'all_prefectures_held.csv'
};

export const COLUMNS_OF_KIND = {
	municipal: MUNICIPAL_COLUMNS,
	prefectural: PREFECTURAL_COLUMNS,
	byKind: BY_KIND_COLUMNS,
	demographics: DEMOGRAPHIC_COLUMNS,
	municipalHeld: MUNICIPAL_HELD_COLUMNS,
	prefecturalHeld: PREFECTURAL_HELD_COLUMNS
} as const;

/** Which table a header row holds, from its column names alone; null when none fits. */
export function recognizeTable(header: string[]): TableKind | null {
	const has = (names: Record<string, string>) => Object.values(names).every((n) => header.includes(n));
	if (has(MUNICIPAL_COLUMNS)) return 'municipal';
	if (has(MUNICIPAL_HELD_COLUMNS)) return 'municipalHeld';
	if (has(DEMOGRAPHIC_COLUMNS)) return 'demographics';
	if (has(PREFECTURAL_COLUMNS)) return 'prefectural';
	if (has(PREFECTURAL_HELD_COLUMNS)) return 'prefecturalHeld';
	if (has(BY_KIND_COLUMNS)) return 'byKind';
	return null;
}
