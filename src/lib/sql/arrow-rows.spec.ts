import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromJSON } from 'apache-arrow';
import { arrowRows } from './arrow-rows';

describe('arrowRows', () => {
	it('gives the rows toJSON gives: numbers, strings, nulls, bigints', () => {
		const table = tableFromArrays({
			rate: new Float64Array([41.25, 38.5, 0]),
			count: new Int32Array([1, 2, 3]),
			big: new BigInt64Array([1n, 2n, 3n]),
			name: ['札幌市', '函館市', '小樽市']
		});
		const expected = table.toArray().map((row) => row.toJSON());
		expect(arrowRows(table)).toEqual(expected);
		expect(arrowRows<{ big: bigint }>(table)[2].big).toBe(3n);
	});
	it('keeps a null in a numeric column (not the 0 underneath)', () => {
		const table = tableFromJSON([{ change: 1.5 }, { change: null }, { change: -0.25 }]);
		expect(arrowRows(table)).toEqual([{ change: 1.5 }, { change: null }, { change: -0.25 }]);
	});
	it('returns no rows for an empty result', () => {
		expect(arrowRows(tableFromArrays({ a: new Float64Array([]) }))).toEqual([]);
	});
});
