import { describe, expect, it } from 'vitest';
import { declaredUnzippedBytes, mostSheetRows } from './zip-entries';
import { xlsxFromRows, zipBytes, type SheetCell } from '../../../tests/support/hostile-files';

function* rows(n: number, cell: (i: number) => SheetCell[]) {
	for (let i = 0; i < n; i++) yield cell(i);
}

describe('zip entries of an XLSX', () => {
	it('counts every row exactly, however the unzipped stream is chunked', async () => {
		for (const n of [1, 2, 999, 12_345, 70_001]) {
			expect(await mostSheetRows(xlsxFromRows(rows(n, (i) => (i % 3 ? [] : [{ n: i }, { inline: '<rowdy>' }]))), Infinity)).toBe(n);
		}
	});
	it('stops counting just past the limit', async () => {
		expect(await mostSheetRows(xlsxFromRows(rows(1_000_000, () => [])), 10_050)).toBe(10_051);
	});
	it('reads the declared unzipped size without unzipping, and gives null for what is not a ZIP', () => {
		const data = Buffer.alloc(3_000_000, 0x41);
		expect(declaredUnzippedBytes(zipBytes([{ name: 'a.xml', data }, { name: 'b.xml', data: Buffer.from('x') }]))).toBe(3_000_001);
		expect(declaredUnzippedBytes(new TextEncoder().encode('PK\u0003\u0004 not a workbook'))).toBeNull();
		expect(declaredUnzippedBytes(new Uint8Array(10))).toBeNull();
	});
});

describe('a ZIP whose directory lies about sizes', () => {
	it('is caught while streaming: more than allowed unzips to Infinity', async () => {
		const honest = xlsxFromRows(rows(200_000, () => [{ inline: 'ああああ' }]));
		// Patch every declared unzipped size in the central directory down to 1 byte.
		const lying = honest.slice();
		const view = new DataView(lying.buffer);
		for (let i = 0; i + 46 <= lying.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1, true);
		expect(declaredUnzippedBytes(lying)).toBeLessThan(10);
		expect(await mostSheetRows(lying, Infinity, 1024 * 1024)).toBe(Infinity);
		expect(await mostSheetRows(honest, Infinity)).toBe(200_000);
	});
});
