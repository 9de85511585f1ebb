import { describe, expect, it } from 'vitest';
import { MunicipalityMaster, parseCount, validateMunicipal, validatePrefectural, type RawRow } from './validate-release';

// Invented figures; the codes and names are real municipalities so the master check applies.
const master = new MunicipalityMaster([
	{ code6: '011002', name: '札幌市', prefecture: '北海道' },
	{ code6: '012025', name: '函館市', prefecture: '北海道' },
	{ code6: '133817', name: '三宅村', prefecture: '東京都' }
]);

function row(overrides: Partial<Record<string, string>> = {}): RawRow {
	return {
		算出基準日: '2099/01/31',
		都道府県名: '北海道',
		市区町村名: '札幌市',
		'総数（人口）': '1000',
		交付枚数: '400',
		人口に対する交付枚数率: '40.0',
		人口算出基準日: '2099/01/01',
		交付件数基準日: '2099/01/31',
		団体コード: '11002',
		...overrides
	};
}

describe('validateMunicipal', () => {
	it('types a valid row', () => {
		const result = validateMunicipal('x.csv', [row()], master, '2099-01-31');
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			{ code6: '011002', releaseDate: '2099-01-31', population: 1000, cards: 400, publishedRate: 40, populationBaseDate: '2099-01-01', cardsBaseDate: '2099-01-31' }
		]);
	});

	it('names file, line and column when cards exceed the population', () => {
		const result = validateMunicipal('20990131.csv', [row(), row({ 市区町村名: '函館市', 団体コード: '12025', '総数（人口）': '8123', 交付枚数: '9000' })], master);
		expect(result.errors).toEqual(['20990131.csv 3行目 交付枚数: 人口(8,123)を超えています']);
		expect(result.rows).toHaveLength(1);
	});

	it('rejects a wrong check digit, an unknown code and a duplicate', () => {
		const result = validateMunicipal('x.csv', [row({ 団体コード: '11003' }), row({ 団体コード: '11011' }), row(), row()], master);
		expect(result.errors).toEqual([
			'x.csv 2行目 団体コード: 団体コード 011003 の検査数字が誤っています（正しくは 2）',
			'x.csv 3行目 団体コード: 団体コード 011011 は市区町村マスタにありません',
			'x.csv 5行目 団体コード: 団体コード 011002 が重複しています（4行目と同じ）'
		]);
	});

	it('rejects negative and unreadable counts and dates', () => {
		const result = validateMunicipal('x.csv', [row({ 交付枚数: '-5', 算出基準日: '2099/02/30' })], master);
		expect(result.errors).toEqual(['x.csv 2行目 算出基準日: 「2099/02/30」は日付として読めません（YYYY/MM/DD 形式が必要です）', 'x.csv 2行目 交付枚数: 「-5」は負の数です（0以上の整数が必要です）']);
	});

	it('resolves a "<NA>" code from prefecture and name, and says so', () => {
		const result = validateMunicipal('x.csv', [row({ 都道府県名: '東京都', 市区町村名: '三宅村', 団体コード: '<NA>' })], master);
		expect(result.errors).toEqual([]);
		expect(result.rows[0].code6).toBe('133817');
		expect(result.notes).toEqual(['x.csv 2行目: 団体コードが「<NA>」のため、東京都三宅村 の団体コード 133817 をマスタから補いました']);
	});

	it('refuses a "<NA>" code it cannot resolve', () => {
		const result = validateMunicipal('x.csv', [row({ 市区町村名: '架空村', 団体コード: '<NA>' })], master);
		expect(result.errors).toEqual(['x.csv 2行目 団体コード: 団体コードがなく、北海道架空村 をマスタから特定できません']);
	});

	it('rejects a release date that differs from the release being loaded', () => {
		const result = validateMunicipal('x.csv', [row()], master, '2099-02-28');
		expect(result.errors).toEqual(['x.csv 2行目 算出基準日: 「2099/01/31」は公表日 2099-02-28 と一致しません']);
	});
});

describe('validatePrefectural', () => {
	it('rejects unknown and duplicate prefectures', () => {
		const base = { 算出基準日: '2099/01/31', '総数（人口）': '10', 交付枚数: '1', 人口に対する交付枚数率: '10.0', 人口算出基準日: '2099/01/01', 交付枚数算出基準日: '2099/01/31' };
		const result = validatePrefectural('p.csv', [{ ...base, 都道府県名: '北海道' }, { ...base, 都道府県名: '北海道' }, { ...base, 都道府県名: '蝦夷' }]);
		expect(result.errors).toEqual(['p.csv 3行目 都道府県名: 北海道 が重複しています（2行目と同じ）', 'p.csv 4行目 都道府県名: 「蝦夷」は都道府県名として読めません']);
		expect(result.rows.map((r) => r.prefCode)).toEqual([1]);
	});
});

describe('parseCount', () => {
	it('reads plain and thousands-separated integers only', () => {
		expect(parseCount('1,234,567')).toBe(1234567);
		expect(parseCount(' 42 ')).toBe(42);
		expect(parseCount('4.5')).toBeNull();
		expect(parseCount('=1+1')).toBeNull();
		expect(parseCount(null)).toBeNull();
	});
});

describe('readCount: numbers as people write them', () => {
	it('reads thousands separated every three digits, and nothing else', async () => {
		const { readCount } = await import('./validate-release');
		expect(readCount('12,345')).toEqual({ value: 12345 });
		expect(readCount('1,234,567')).toEqual({ value: 1234567 });
		expect(readCount('1234567')).toEqual({ value: 1234567 });
		expect(readCount('12,5')).toEqual({ problem: expect.stringContaining('桁区切りの位置が正しくありません') });
		expect(readCount('1,2,3')).toEqual({ problem: expect.stringContaining('桁区切りの位置が正しくありません') });
		expect(readCount('1234,567')).toEqual({ problem: expect.stringContaining('桁区切りの位置が正しくありません') });
		expect(readCount('-0')).toEqual({ problem: expect.stringContaining('負の符号が付いています') });
		expect(readCount('-5')).toEqual({ problem: expect.stringContaining('負の数です') });
		expect(readCount('9007199254740993')).toEqual({ problem: expect.stringContaining('大きすぎます') });
		expect(readCount('1e3')).toEqual({ problem: expect.stringContaining('数値として読めません') });
		expect(readCount('')).toEqual({ problem: expect.stringContaining('数値として読めません') });
	});
});

describe('rateAgrees: a stated rate against cards ÷ population', () => {
	it('accepts the rounding or the cut the file uses, at its own decimals', async () => {
		const { rateAgrees } = await import('./validate-release');
		// 176 / 1000 = 17.6 %; 1762 / 10000 = 17.62 %
		expect(rateAgrees('17.6', 176, 1000)).toBe(true);
		expect(rateAgrees('17.62', 1762, 10000)).toBe(true);
		expect(rateAgrees('17.6', 1766, 10000)).toBe(true); // cut off
		expect(rateAgrees('17.7', 1766, 10000)).toBe(true); // rounded
		expect(rateAgrees('17.9', 1766, 10000)).toBe(false);
		expect(rateAgrees('18', 1766, 10000)).toBe(true);
		expect(rateAgrees('20', 1766, 10000)).toBe(false);
		// a percent-formatted workbook cell read as its fraction
		expect(rateAgrees('0.1766', 1766, 10000)).toBe(true);
		expect(rateAgrees('0.421', 421, 1000)).toBe(true);
		expect(rateAgrees('0.9', 1766, 10000)).toBe(false);
	});
});

describe('release-level row checks', () => {
	it('refuses a population of 0, a population base after the release, and names another prefecture\'s code', () => {
		const zero = validateMunicipal('x.csv', [row({ '総数（人口）': '0', 交付枚数: '0', 人口に対する交付枚数率: '' })], master);
		expect(zero.errors).toEqual(['x.csv 2行目 総数（人口）: 人口が 0 です（交付率を計算できないため取り込めません。人口のある団体だけが公表の対象です）']);
		const base = validateMunicipal('x.csv', [row({ 人口算出基準日: '2099/12/01' })], master);
		expect(base.errors).toEqual(['x.csv 2行目 人口算出基準日: 人口算出基準日 2099-12-01 が公表日 2099-01-31 より後です（人口は公表日より前に数えたものが必要です）']);
		const other = validateMunicipal('x.csv', [row({ 都道府県名: '北海道', 市区町村名: '三宅村', 団体コード: '133817' })], master);
		expect(other.errors).toEqual(['x.csv 2行目 都道府県名: 団体コード 133817（三宅村）は東京都の団体です。都道府県名「北海道」と一致しません']);
		const rate = validateMunicipal('x.csv', [row({ 人口に対する交付枚数率: '41.0' })], master);
		expect(rate.errors[0]).toMatch(/x\.csv 2行目 人口に対する交付枚数率: 「41\.0」は交付枚数 ÷ 人口（400 ÷ 1,000 = 40\.000%）と一致しません/);
	});
});
