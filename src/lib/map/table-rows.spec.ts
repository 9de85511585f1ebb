import { describe, expect, it } from 'vitest';
import { tableCsv, tableRows, type TableQuery } from './table-rows';
import type { MunicipalMeasureRow } from '../sql/queries';

// Invented municipalities.
function row(code6: string, name: string, bureau: string, cards: number, population: number): MunicipalMeasureRow {
	const rate = (100 * cards) / population;
	return { code6, name, bureau, population, cards, rate, without_card: population - cards, rate_change: null, cards_change: null, gap_national: rate - 40, gap_hokkaido: rate - 35, rank_in_prefecture: 0 };
}
const figures = [row('000001', '甲町', '東振興局', 30, 100), row('000002', '乙村', '西振興局', 50, 100), row('000003', '丙市', '東振興局', 400, 1000)];
const kana: Record<string, string> = { '000001': 'こうちょう', '000002': 'おつむら', '000003': 'へいし' };
const query: TableQuery = { unit: 'municipality', measure: 'rate', bureau: null, search: '', sort: 'value', descending: true };

describe('tableRows', () => {
	it('sorts by the measure and filters by bureau and by kana or katakana', () => {
		expect(tableRows(figures, [], query, (c) => kana[c]).map((r) => r.name)).toEqual(['乙村', '丙市', '甲町']);
		expect(tableRows(figures, [], { ...query, bureau: '東振興局' }, (c) => kana[c]).map((r) => r.name)).toEqual(['丙市', '甲町']);
		expect(tableRows(figures, [], { ...query, search: 'オツ' }, (c) => kana[c]).map((r) => r.name)).toEqual(['乙村']);
		expect(tableRows(figures, [], { ...query, search: '甲' }, (c) => kana[c]).map((r) => r.name)).toEqual(['甲町']);
		expect(tableRows(figures, [], { ...query, sort: 'population', descending: false }, (c) => kana[c]).map((r) => r.name)).toEqual(['甲町', '乙村', '丙市']);
	});
	it('exports what is shown as Excel-safe CSV', () => {
		const csv = tableCsv(tableRows(figures, [], query, (c) => kana[c]), 'rate', '2099-01-31', null, 'municipality');
		expect(csv.split('\r\n').slice(0, 3)).toEqual(['\ufeff団体コード,市町村名,振興局,公表日,交付率,交付率(%),交付枚数,人口', '000002,乙村,西振興局,2099-01-31,50,50,50,100', '000003,丙市,東振興局,2099-01-31,40,40,400,1000']);
	});
});
