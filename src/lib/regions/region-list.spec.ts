import { describe, expect, it } from 'vitest';
import { regionAccessor, regionListFromGrid, regionListProblems, regionOf, parseRegionFile, type RegionList } from './region-list';
import { mergePlans } from '../plan/merge';
import { revOf } from '../plan/revision';

// Invented municipalities of an invented grouping (public codes of 長野県's towns, names as written).
const towns = [
	{ code6: '202011', name: '長野市' },
	{ code6: '202029', name: '松本市' },
	{ code6: '202037', name: '上田市' }
];
const grid = (rows: string[][]) => rows.map((cells, i) => ({ line: i + 1, cells }));

describe('region list', () => {
	it('finds the header anywhere and reads names or codes, with or without the prefecture', () => {
		const list = regionListFromGrid('地域.csv', grid([['地域の一覧（架空）'], [], ['市町村名', '地域振興局'], ['長野県長野市', '北信'], ['202029', '中信'], ['上田市', '東信']]), '長野県', towns);
		expect(list.regions).toEqual({ '202011': '北信', '202029': '中信', '202037': '東信' });
		const l: RegionList = { ...list, version: 1, history: [] };
		expect(regionOf(l, '202029')).toBe('中信');
		expect(regionOf(null, '202029')).toBe('');
		expect(regionAccessor(() => '', l)('202037')).toBe('東信');
	});
	it('refuses the file whole, naming file, row and column', () => {
		expect(() => regionListFromGrid('地域.csv', grid([['市町村', '地域'], ['長野市', '北信'], ['帯広市', '十勝']]), '長野県', towns)).toThrow(/地域\.csv.*3.*市町村.*長野県の市町村/);
		expect(() => regionListFromGrid('地域.csv', grid([['名前', '区分']]), '長野県', towns)).toThrow(/見出しの行/);
	});
	it('reads a Shift_JIS CSV', async () => {
		// 「市町村,地域」「松本市,中信」 in Shift_JIS.
		const bytes = new Uint8Array([0x8e, 0x73, 0x92, 0xac, 0x91, 0xba, 0x2c, 0x92, 0x6e, 0x88, 0xe6, 0x0a, 0x8f, 0xbc, 0x96, 0x7b, 0x8e, 0x73, 0x2c, 0x92, 0x86, 0x90, 0x4d, 0x0a]);
		expect((await parseRegionFile('地域.csv', bytes, '長野県', towns)).regions).toEqual({ '202029': '中信' });
	});
	it('merges as a versioned record: one side changed is taken, both changed is a choice', () => {
		const base: RegionList = { id: 'regions-長野県', prefecture: '長野県', regions: { '202011': '北信' }, version: 1, history: [] };
		const theirs = { ...base, regions: { ...base.regions, '202029': '中信' }, version: 2, history: [revOf(base)] };
		const mine = { ...base, regions: { '202011': '長野' }, version: 2, history: [revOf(base)] };
		expect(mergePlans<RegionList>([base], [theirs]).changed).toEqual([theirs]);
		expect(mergePlans<RegionList>([mine], [theirs]).conflicts).toHaveLength(1);
	});
	it('checks a plan file\'s list against the plan\'s prefecture', () => {
		const codes = new Set(towns.map((t) => t.code6));
		expect(regionListProblems({ prefecture: '長野県', regions: { '202011': '北信' } }, codes)).toEqual([]);
		expect(regionListProblems({ prefecture: '長野県', regions: { '012025': '十勝' } }, codes)[0]).toContain('012025');
	});
});
