import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from './packed-rows';

describe('packRows / unpackRows', () => {
	it('gives back the same rows, keys in order, nulls kept', () => {
		const rows = [
			{ code6: '011002', name: '札幌市', rate: 41.25, rate_change: null },
			{ code6: '012025', name: '函館市', rate: 38.5, rate_change: -0.25 }
		];
		const packed = packRows(rows);
		expect(packed).toEqual({ keys: ['code6', 'name', 'rate', 'rate_change'], columns: [['011002', '012025'], ['札幌市', '函館市'], [41.25, 38.5], [null, -0.25]] });
		expect(unpackRows(JSON.parse(JSON.stringify(packed)))).toEqual(rows);
	});
	it('packs no rows as no columns', () => {
		expect(unpackRows(packRows([]))).toEqual([]);
	});
});
