import { describe, expect, it } from 'vitest';
import { Table, Utf8, tableFromArrays, tableFromJSON, vectorFromArray } from 'apache-arrow';
import { arrowColumns } from './arrow-columns';

describe('arrowColumns', () => {
	it("gives each column's values as the vector's get gives them, numbers without nulls as typed arrays", () => {
		const table = tableFromArrays({ rate: new Float64Array([41.25, 38.5]), code: new Int32Array([1, 47]), big: new BigInt64Array([1n, 2n]) });
		const columns = arrowColumns<{ rate: number; code: number; big: bigint }>(table);
		expect(columns.rate).toBeInstanceOf(Float64Array);
		expect(Array.from(columns.rate)).toEqual([41.25, 38.5]);
		expect(columns.code).toBeInstanceOf(Int32Array);
		expect(Array.from(columns.code)).toEqual([1, 47]);
		expect(Array.from(columns.big)).toEqual([1n, 2n]);
	});
	it('decodes text (several batches, surrogate pairs) and keeps nulls', () => {
		const utf8 = (values: string[]) => new Table({ name: vectorFromArray(values, new Utf8()) });
		const two = utf8(['札幌市', '', '🍣寿司']).concat(utf8(['音威子府村']));
		expect(arrowColumns<{ name: string }>(two).name).toEqual(['札幌市', '', '🍣寿司', '音威子府村']);
		// ASCII only (codes) is cut at the byte offsets directly; a later batch starts at its own offset.
		const codes = utf8(['011002', '', '012025']).concat(utf8(['472018', 'x']));
		expect(arrowColumns<{ name: string }>(codes).name).toEqual(['011002', '', '012025', '472018', 'x']);
		const sliced = utf8(['000000', '011002', '札幌市', '012025']).slice(1);
		expect(arrowColumns<{ name: string }>(sliced).name).toEqual(['011002', '札幌市', '012025']);
		expect(arrowColumns<{ name: string }>(utf8(['000000', '011002', '012025']).slice(1)).name).toEqual(['011002', '012025']);
		const withNulls = tableFromJSON([{ bureau: '石狩振興局', change: 1.5 }, { bureau: null, change: null }]);
		const columns = arrowColumns<{ bureau: string | null; change: number | null }>(withNulls);
		expect(Array.from(columns.bureau)).toEqual(['石狩振興局', null]);
		expect(Array.from(columns.change)).toEqual([1.5, null]);
	});
	it('gives empty columns for an empty result, named as the query names them', () => {
		const columns = arrowColumns(tableFromArrays({ a: new Float64Array([]), b: new Int32Array([]) }));
		expect(Object.keys(columns)).toEqual(['a', 'b']);
		expect(columns).toEqual({ a: new Float64Array([]), b: new Int32Array([]) });
	});
});
