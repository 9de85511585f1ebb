import { describe, expect, it } from 'vitest';
import { Table, Utf8, tableFromArrays, tableFromJSON, vectorFromArray } from 'apache-arrow';
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
	it('cuts text decoded at once at the right places: Japanese, emoji (surrogate pairs), empty strings, several batches', () => {
		const names = ['札幌市', '', 'a', '🍣寿司🍣', 'ｶﾀｶﾅ', 'x🌊y', '音威子府村'];
		// Plain Utf8 (as DuckDB sends text), not the dictionary apache-arrow would infer.
		const utf8 = (values: string[]) => new Table({ name: vectorFromArray(values, new Utf8()) });
		const one = utf8(names);
		expect(one.getChild('name')!.type.typeId).toBe(5);
		expect(arrowRows<{ name: string }>(one).map((r) => r.name)).toEqual(names);
		const two = one.concat(utf8(['函館市', '🏔']));
		expect(two.batches.length).toBe(2);
		expect(arrowRows(two)).toEqual(two.toArray().map((row) => row.toJSON()));
	});
	it('reads a text column with nulls cell by cell', () => {
		const table = tableFromJSON([{ bureau: '石狩振興局' }, { bureau: null }, { bureau: '渡島総合振興局' }]);
		expect(arrowRows(table)).toEqual([{ bureau: '石狩振興局' }, { bureau: null }, { bureau: '渡島総合振興局' }]);
	});
	it('returns no rows for an empty result', () => {
		expect(arrowRows(tableFromArrays({ a: new Float64Array([]) }))).toEqual([]);
	});
});
