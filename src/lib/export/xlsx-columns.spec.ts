import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { column, isoDate, kindOfSqlType, xlsxCell, xlsxSheet } from './xlsx-columns';

interface Invented {
	code6: string;
	name: string;
	date: string;
	cards: number;
	rate: number;
	note: string | null;
}
const rows: Invented[] = [
	{ code6: '019999', name: '架空町', date: '2022-06-30', cards: 12345, rate: 42.05, note: '=1+1' },
	{ code6: '018888', name: 'テスト村', date: '2021-02-28', cards: 0, rate: 0, note: null }
];
const columns = [
	column<Invented>('団体コード', 'text', (r) => r.code6),
	column<Invented>('市町村名', 'text', (r) => r.name),
	column<Invented>('公表日', 'date', (r) => r.date),
	column<Invented>('交付枚数', 'integer', (r) => r.cards),
	column<Invented>('交付率(%)', 'decimal1', (r) => r.rate),
	column<Invented>('メモ', 'text', (r) => r.note)
];

describe('xlsx columns', () => {
	it('types each cell by its column: numbers with a format, dates as dates, text as text', () => {
		expect(xlsxCell('integer', 12345)).toEqual({ value: 12345, type: Number, format: '#,##0' });
		expect(xlsxCell('integer', '1,234')).toEqual({ value: 1234, type: Number, format: '#,##0' });
		expect(xlsxCell('decimal1', 42.05)).toEqual({ value: 42.1, type: Number, format: '0.0' });
		expect(xlsxCell('date', '2022-06-30')).toEqual({ value: new Date(Date.UTC(2022, 5, 30)), type: Date, format: 'yyyy-mm-dd' });
		expect(xlsxCell('date', '2022-02-30')).toEqual({ value: '2022-02-30', type: String });
		expect(xlsxCell('text', '019999')).toEqual({ value: '019999', type: String });
		expect(xlsxCell('integer', null)).toBeNull();
		expect(xlsxCell('integer', Number.NaN)).toEqual({ value: 'NaN', type: String });
		expect(isoDate('2022-13-01')).toBeNull();
	});

	it('puts the Japanese headers in bold on the first row and sizes the columns', () => {
		const sheet = xlsxSheet(rows, columns);
		expect(sheet.data[0].map((c) => c?.value)).toEqual(['団体コード', '市町村名', '公表日', '交付枚数', '交付率(%)', 'メモ']);
		expect(sheet.data[0][0]?.fontWeight).toBe('bold');
		expect(sheet.data).toHaveLength(3);
		expect(sheet.columns.map((c) => c.width)).toEqual([14, 14, 12, 10, 11, 14]);
	});

	it('maps DuckDB result types to kinds', () => {
		expect(['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'DATE', 'VARCHAR', 'TIMESTAMP'].map(kindOfSqlType)).toEqual(['integer', 'integer', 'decimal', 'decimal', 'date', 'text', 'text']);
		expect(['Int32', 'Uint64', 'Float64', 'Decimal[18e3]', 'Date32<DAY>', 'Utf8', 'Timestamp<MICROSECOND>', 'Bool'].map(kindOfSqlType)).toEqual(['integer', 'integer', 'decimal', 'decimal', 'date', 'text', 'text', 'text']);
	});

	it('round-trips through write-excel-file and read-excel-file: numbers as numbers, dates as dates', async () => {
		const sheet = xlsxSheet(rows, columns);
		const buffer = await writeXlsxFile(sheet.data satisfies SheetData, { columns: sheet.columns, sheet: 'データ', stickyRowsCount: 1 }).toBuffer();
		const read = await readSheet(buffer);
		expect(read[0]).toEqual(['団体コード', '市町村名', '公表日', '交付枚数', '交付率(%)', 'メモ']);
		expect(read[1]).toEqual(['019999', '架空町', new Date(Date.UTC(2022, 5, 30)), 12345, 42.1, '=1+1']);
		expect(read[2]).toEqual(['018888', 'テスト村', new Date(Date.UTC(2021, 1, 28)), 0, 0, null]);
	});
});
