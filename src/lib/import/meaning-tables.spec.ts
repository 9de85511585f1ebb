import { describe, expect, it } from 'vitest';
import { columnLetter, columnRole, meaningHeader } from './header-meaning';
import { isNationalLabel, prefectureName, totalScope, wardCity } from './totals-row';
import { csvGrid } from './csv-grid';
import { meaningTablesFromGrid } from './meaning-tables';
import { countOf } from './sum-checks';

describe('columnRole', () => {
	it.each([
		['都道府県名', 'prefecture'],
		['都道府県', 'prefecture'],
		['市区町村名', 'name'],
		['団体名', 'name'],
		['団体コード', 'code'],
		['市区町村コード', 'code'],
		['人口（R7.1.1時点）', 'population'],
		['総数（人口）', 'population'],
		['住民基本台帳人口', 'population'],
		['保有枚数（R7.8末時点）', 'held'],
		['保有枚数\n（Ｒ７．８末時点）', 'held'],
		['交付枚数', 'issued'],
		['累計交付枚数（2022/6/30）', 'issued'],
		['人口に対する保有枚数率', 'rate'],
		['人口に対する交付枚数率', 'rate'],
		['交付率', 'rate'],
		['算出基準日', 'releaseDate'],
		['人口算出基準日', 'populationBaseDate'],
		['交付件数基準日', 'cardsBaseDate'],
		['交付枚数算出基準日', 'cardsBaseDate'],
		['マイナンバーカードの保有状況（R7.8末時点）', null],
		['区分', null],
		['', null]
	])('%s → %s', (text, role) => {
		expect(columnRole(text)).toBe(role);
	});
});

describe('meaningHeader', () => {
	it('tells the three blocks apart and reads the header dates', () => {
		const municipal = meaningHeader(['都道府県名', '市区町村名', '人口（R7.1.1時点）', '保有枚数（R7.8末時点）', '人口に対する保有枚数率']);
		expect([municipal?.kind, municipal?.measure, municipal?.columns.population?.date, municipal?.columns.held?.date, municipal?.columns.held?.index]).toEqual(['municipal', 'held', '2025-01-01', '2025-08-31', 3]);
		expect(meaningHeader(['都道府県名', '人口', '交付枚数'])?.kind).toBe('prefectural');
		expect(meaningHeader(['', '人口（R7.1.1時点）', '保有枚数（R7.8末時点）'])?.kind).toBe('national');
	});
	it('is no header without a population, or with both measures or none', () => {
		expect(meaningHeader(['都道府県名', '市区町村名', '保有枚数'])).toBeNull();
		expect(meaningHeader(['都道府県名', '人口', '保有枚数', '交付枚数'])).toBeNull();
		expect(meaningHeader(['北海道', '札幌市', '1,000', '800'])).toBeNull();
	});
	it('notes a meaning found twice', () => {
		const header = meaningHeader(['都道府県名', '人口', '保有枚数（R7.8末）', '人口（R7.1.1）']);
		expect([header?.duplicate?.first.index, header?.duplicate?.second.index]).toEqual([1, 3]);
	});
});

describe('columnLetter', () => {
	it('counts like a spreadsheet', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
	});
});

describe('totals rows', () => {
	it.each([
		['', '全国', { kind: 'national' }],
		['', '合計', { kind: 'national' }],
		['合計', '', { kind: 'national' }],
		['全国', '計', { kind: 'national' }],
		['北海道', '計', { kind: 'prefecture', prefecture: '北海道' }],
		['北海道', '', { kind: 'prefecture', prefecture: '北海道' }],
		['', '北海道　計', { kind: 'prefecture', prefecture: '北海道' }],
		['', '（北海道計）', { kind: 'prefecture', prefecture: '北海道' }],
		['鹿児島県', '小計', { kind: 'prefecture', prefecture: '鹿児島県' }],
		['', '東京都', { kind: 'prefecture', prefecture: '東京都' }],
		['北海道', '札幌市', null],
		['北海道', '計根別町', null],
		['', '茅部郡森町', null],
		['東京都', '中央区', null]
	])('%s / %s', (prefecture, name, scope) => {
		expect(totalScope(prefecture, name)).toEqual(scope);
	});
	it('in a prefecture table only 全国, 合計, 計 are totals', () => {
		expect(['全国', '合計', '総計', '計', '全国計'].every(isNationalLabel)).toBe(true);
		expect(['北海道', '東京都'].some(isNationalLabel)).toBe(false);
	});
	it('knows a designated city ward from a Tokyo ward', () => {
		expect([wardCity('札幌市中央区'), wardCity('さいたま市 浦和区'), wardCity('中央区'), wardCity('千代田区'), wardCity('市川市')]).toEqual(['札幌市', 'さいたま市', null, null, null]);
	});
	it('reads a prefecture with or without 都府県', () => {
		expect(['北海道', '東京', '大阪', '京都', '鹿児島県', '　北海道 ', '北海導'].map(prefectureName)).toEqual(['北海道', '東京都', '大阪府', '京都府', '鹿児島県', '北海道', '']);
	});
});

describe('countOf', () => {
	it('reads counts with separators and full-width digits, nothing else', () => {
		expect(['1,234', '１２３４', ' 42 ', '', '1.5', '-3', 'R7.8末'].map(countOf)).toEqual([1234, 1234, 42, null, null, null, null]);
	});
});

describe('csvGrid', () => {
	it('keeps every line, quoted commas, doubled quotes and line breaks', () => {
		expect(csvGrid('a,"b,c"\r\n\r\n"say ""hi""","two\nlines"\nlast')).toEqual([['a', 'b,c'], [''], ['say "hi"', 'two\nlines'], ['last']]);
	});
});

describe('meaningTablesFromGrid', () => {
	const header = ['都道府県名', '市区町村名', '人口\n（R7.1.1時点）', '保有枚数\n（R7.8末時点）', '人口に対する保有枚数率'];
	it('writes the published columns, the rate from a fraction in per cent, and skips notes', () => {
		const found = meaningTablesFromGrid('x.csv', [['タイトル'], header, ['鳥取県', '鳥取市', '1,000', '735', '0.735'], ['', '米子市', '2000', '1000', '50.0'], ['※ 注記']]);
		expect(found?.errors).toEqual([]);
		const [table] = found!.tables;
		expect(table.kind).toBe('municipalHeld');
		expect(table.rows).toEqual([
			{ '#line': '3', 都道府県名: '鳥取県', 市区町村名: '鳥取市', 団体コード: '', 算出基準日: '2025/08/31', '総数（人口）': '1,000', 保有枚数: '735', 人口に対する保有枚数率: '73.5', 人口算出基準日: '2025/01/01', 交付件数基準日: '2025/08/31' },
			{ '#line': '4', 都道府県名: '鳥取県', 市区町村名: '米子市', 団体コード: '', 算出基準日: '2025/08/31', '総数（人口）': '2000', 保有枚数: '1000', 人口に対する保有枚数率: '50.0', 人口算出基準日: '2025/01/01', 交付件数基準日: '2025/08/31' }
		]);
	});
	it('reads dates written on a second header line', () => {
		const found = meaningTablesFromGrid('x.csv', [['都道府県名', '市区町村名', '人口', '保有枚数'], ['', '', '（R7.1.1時点）', '（R7.8末時点）'], ['鳥取県', '鳥取市', '1000', '735']]);
		expect(found?.errors).toEqual([]);
		expect(found?.tables[0].releaseDate).toBe('2025-08-31');
		expect(found?.tables[0].rows).toHaveLength(1);
	});
	it('refuses a header without dates, a doubled meaning, and a municipal table without prefecture or code', () => {
		expect(meaningTablesFromGrid('x.csv', [['都道府県名', '市区町村名', '人口（R7.1.1）', '保有枚数']])?.errors).toEqual([
			'x.csv 1行目 保有枚数（D列）: 公表日が分かりません（見出し「保有枚数」に基準日（例: R7.8末）がなく、ファイル名にも日付（例: 20250831）がありません）'
		]);
		// A date written that no calendar has: said so, not "no date".
		expect(meaningTablesFromGrid('x.csv', [['都道府県名', '市区町村名', '人口（R7.1.1）', '保有枚数（R7.13末）']])?.errors).toEqual([
			'x.csv 1行目 保有枚数（R7.13末）（D列）: 見出し「保有枚数（R7.13末）」の基準日「R7.13末」はありえない日付です（例: R7.8末、2025/8/31）'
		]);
		expect(meaningTablesFromGrid('20250831.csv', [['都道府県名', '市区町村名', '人口', '保有枚数']])?.errors).toEqual([
			'20250831.csv 1行目 人口（C列）: 人口の基準日が分かりません（見出し「人口」に「（R7.1.1時点）」のような日付が必要です）'
		]);
		expect(meaningTablesFromGrid('x.csv', [['都道府県名', '人口（R7.1.1）', '保有枚数（R7.8末）', '保有枚数（R7.7末）']])?.errors[0]).toBe(
			'x.csv 1行目 保有枚数（R7.7末）（D列）: 「保有枚数（R7.8末）（C列）」と「保有枚数（R7.7末）（D列）」が同じ意味の列です（どちらを使うか決められません）'
		);
		expect(meaningTablesFromGrid('x.csv', [['市区町村名', '人口（R7.1.1）', '保有枚数（R7.8末）']])?.errors[0]).toContain('x.csv 1行目 市区町村名（A列）: 都道府県名の列も団体コードの列もありません');
	});
	it('checks a ward against its city, and refuses wards without their city', () => {
		const rows = [header, ['北海道', '札幌市', '300', '200', ''], ['', '札幌市中央区', '100', '60', ''], ['', '札幌市北区', '200', '141', '']];
		expect(meaningTablesFromGrid('x.csv', rows)?.errors).toEqual(['x.csv 2行目 保有枚数（R7.8末時点）（D列）: 札幌市の値 200 が内訳の合計 201 と一致しません']);
		expect(meaningTablesFromGrid('x.csv', [header, ['北海道', '札幌市中央区', '100', '60', '']])?.errors).toEqual([
			'x.csv 2行目 市区町村名（B列）: 札幌市の区の行だけがあり、札幌市全体の行がありません（市区町村マスタは政令指定都市を市全体で持ちます）'
		]);
	});
	it('checks a separate table of wards against the cities above, and imports none of it', () => {
		const rows = [header, ['北海道', '札幌市', '300', '200', ''], [], ['【政令指定都市の区】'], header, ['北海道', '札幌市中央区', '100', '60', ''], ['北海道', '札幌市北区', '200', '140', '']];
		const found = meaningTablesFromGrid('x.csv', rows);
		expect(found?.errors).toEqual([]);
		expect(found?.tables.map((t) => t.rows.length)).toEqual([1]);
		rows[6][3] = '141';
		expect(meaningTablesFromGrid('x.csv', rows)?.errors).toEqual(['x.csv 2行目 保有枚数（R7.8末時点）（D列）: 札幌市の値 200 が内訳の合計 201 と一致しません']);
	});
	it('reads 「計」 under a merged prefecture cell as that prefecture\'s subtotal, or the whole table\'s total at its end', () => {
		const rows = [header, ['鳥取県', '鳥取市', '1000', '735', ''], ['', '米子市', '2000', '1000', ''], ['', '計', '3000', '1735', ''], ['島根県', '松江市', '500', '300', ''], ['', '計', '500', '300', ''], ['', '計', '3500', '2035', '']];
		expect(meaningTablesFromGrid('x.csv', rows)?.errors).toEqual([]);
		rows[5][3] = '301';
		expect(meaningTablesFromGrid('x.csv', rows)?.errors).toEqual(['x.csv 6行目 保有枚数（R7.8末時点）（D列）: 島根県計の値 301 が内訳の合計 300 と一致しません']);
	});
	it('keeps a prefecture table of fewer than 47 for checking only', () => {
		const found = meaningTablesFromGrid('x.csv', [['都道府県名', '人口（R7.1.1）', '保有枚数（R7.8末）'], ['鳥取県', '3000', '1735'], [], header, ['鳥取県', '鳥取市', '1000', '735', ''], ['', '米子市', '2000', '1000', '']]);
		expect(found?.errors).toEqual([]);
		expect(found?.tables.map((t) => t.kind)).toEqual(['municipalHeld']);
		expect(found?.notes[0]).toContain('都道府県の表は1都道府県だけのため、市区町村の表との照合にだけ使い');
	});
	it('is null for a grid without any such header', () => {
		expect(meaningTablesFromGrid('x.csv', [['a', 'b'], ['1', '2']])).toBeNull();
	});
});
