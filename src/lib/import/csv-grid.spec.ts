import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-grid';

describe('csvRecords', () => {
	it('reads quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF, and numbers records by their first line', () => {
		expect(csvRecords('a.csv', 'a,b\r\n"x, ""y""","1\n2"\nlast,\n')).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['x, "y"', '1\n2'] },
			{ line: 4, cells: ['last', ''] }
		]);
		expect(csvRecords('a.csv', 'no,final,break')).toEqual([{ line: 1, cells: ['no', 'final', 'break'] }]);
	});
	it('names the line where an unclosed quote starts', () => {
		expect(() => csvRecords('a.csv', 'a,b\n1,2\n"open,3\n4,5\n')).toThrow('a.csv 3行目: 引用符（"）が閉じていません');
	});
});
