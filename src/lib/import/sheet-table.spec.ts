import { describe, expect, it } from 'vitest';
import { cellText, tableFromGrid } from './sheet-table';
import { PREFECTURAL_COLUMNS } from '../domain/issuance-tables';
import { decodeCsvBytes, looksLikeZip } from './decode-text';

describe('tableFromGrid', () => {
	it('finds the header below title rows, drops the totals row and keeps sheet line numbers', () => {
		const header = Object.values(PREFECTURAL_COLUMNS);
		const grid = [['架空の表題'], [], header, ['2099/01/31', '北海道', 100, 40, 40, '2099/01/01', '2099/01/31'], ['合計', null, 100, 40]];
		const table = tableFromGrid(grid)!;
		expect(table.kind).toBe('prefectural');
		expect(table.rows).toEqual([{ '#line': '4', 算出基準日: '2099/01/31', 都道府県名: '北海道', '総数（人口）': '100', 交付枚数: '40', 人口に対する交付枚数率: '40', 人口算出基準日: '2099/01/01', 交付枚数算出基準日: '2099/01/31' }]);
	});
	it('writes cells as the text the validators read', () => {
		expect(cellText(new Date(Date.UTC(2099, 0, 31)))).toBe('2099/01/31');
		expect(cellText(42.1)).toBe('42.1');
		expect(cellText(1234567)).toBe('1234567');
		expect(cellText(null)).toBe('');
	});
	it('recognises nothing without a known header', () => {
		expect(tableFromGrid([['a', 'b'], [1, 2]])).toBeNull();
	});
});

describe('decodeCsvBytes', () => {
	it('reads UTF-8 with and without BOM', () => {
		expect(decodeCsvBytes('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x8c, 0x97]))).toEqual({ text: '北', encoding: 'UTF-8' });
		expect(decodeCsvBytes('a.csv', new Uint8Array([0xe5, 0x8c, 0x97]))).toEqual({ text: '北', encoding: 'UTF-8' });
	});
	it('falls back to Shift_JIS', () => {
		expect(decodeCsvBytes('a.csv', new Uint8Array([0x96, 0x6b]))).toEqual({ text: '北', encoding: 'Shift_JIS' });
	});
	it('refuses binary and spots a ZIP', () => {
		expect(() => decodeCsvBytes('a.csv', new Uint8Array([1, 0, 2]))).toThrow('文字のファイルではありません');
		expect(looksLikeZip(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
	});
});
