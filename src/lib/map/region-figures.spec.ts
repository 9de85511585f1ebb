import { describe, expect, it } from 'vitest';
import { regionNames, regionRows, regionsInData, withRegions } from './region-figures';
import type { ReleaseView } from '../data/headline';

const row = (code6: string, population: number, cards: number, bureau = '') =>
	({ code6, name: code6, bureau, population, cards, rate: (100 * cards) / population, without_card: population - cards, rate_change: null, cards_change: 10, gap_national: 0, gap_hokkaido: 0, rank_in_prefecture: 1 });

const view = (figures: ReturnType<typeof row>[], bureaus: unknown[] = []) =>
	({ prefecture: '長野県', releaseDate: '2099-01-31', baseDate: null, metric: 'issued', headline: { rate: 40, national_rate: 50 }, bureaus, figures }) as unknown as ReleaseView;

describe('regionRows', () => {
	it("gives a region its cards ÷ its population, never a mean of its municipalities' rates", () => {
		const [south, north] = regionRows([row('1', 100, 50, '北'), row('2', 900, 90, '北'), row('3', 10, 9, '南')], 40, 50);
		expect(south).toMatchObject({ bureau: '南', population: 10, cards: 9, rate: 90, rank_in_prefecture: 1, municipality_count: 1 });
		expect(north).toMatchObject({ bureau: '北', population: 1000, cards: 140, without_card: 860, cards_change: 20, rank_in_prefecture: 2 });
		expect(north.rate).toBeCloseTo(14, 10);
		expect(north.gap_national).toBeCloseTo(-36, 10);
		expect(north.gap_hokkaido).toBeCloseTo(-26, 10);
	});
	it('shares a rank between equal rates', () => {
		const rows = regionRows([row('1', 10, 5, 'a'), row('2', 20, 10, 'b'), row('3', 10, 1, 'c')], 0, 0);
		expect(rows.map((r) => r.rank_in_prefecture)).toEqual([1, 1, 3]);
	});
});

describe('withRegions', () => {
	it('applies an imported list and leaves municipalities outside it without a region', () => {
		const v = withRegions(view([row('1', 100, 50), row('2', 100, 10)]), new Map([['1', '北信']]));
		expect(v.figures.map((f) => f.bureau)).toEqual(['北信', '']);
		expect(v.bureaus.map((b) => b.bureau)).toEqual(['北信']);
	});
	it('keeps the built-in bureaus as the data has them', () => {
		const v = view([row('1', 100, 50, '石狩振興局')], [{ bureau: '石狩振興局' }]);
		expect(withRegions(v, regionsInData(v.figures))).toBe(v);
		expect(withRegions(v, null).bureaus).toEqual([]);
	});
	it('lists region names in Japanese order', () => {
		expect(regionNames(new Map([['1', '南信'], ['2', '北信'], ['3', '南信']]))).toEqual(['南信', '北信'].sort((a, b) => a.localeCompare(b, 'ja')));
		expect(regionNames(null)).toEqual([]);
	});
});
