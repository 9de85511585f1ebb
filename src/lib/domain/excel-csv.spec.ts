import { describe, expect, it } from 'vitest';
import { toExcelCsv } from './excel-csv';

describe('toExcelCsv', () => {
	it('starts with a BOM, uses CRLF, and defuses formulas in text cells only', () => {
		const csv = toExcelCsv(['名前', '値'], [['=HYPERLINK("http://x")', -1.5], ['+81', 3], ['@SUM(A1)', null], ['札幌市, 北区', 0]]);
		expect(csv.startsWith('\ufeff名前,値\r\n')).toBe(true);
		expect(csv).toBe('\ufeff名前,値\r\n"\'=HYPERLINK(""http://x"")",-1.5\r\n\'+81,3\r\n\'@SUM(A1),\r\n"札幌市, 北区",0\r\n');
	});
});
