import { describe, expect, it } from 'vitest';
import { ja } from '../../src/lib/messages/ja';
import { noteLines } from './note-summary';

const filled = [
	ja.resolvedMissingCode('2022-06-30/municipal.csv', 12, '東京都', '三宅村', '133817'),
	ja.resolvedMissingCode('2022-06-30/municipal.csv', 40, '東京都', '御蔵島村', '133825'),
	ja.resolvedMissingCode('2022-07-31/municipal.csv', 12, '東京都', '三宅村', '133817')
];
const other = 'x.csv: 保有枚数の表として取り込みます';

describe('noteLines', () => {
	it('folds the filled-in codes into one line with their count, keeping other notes', () => {
		expect(noteLines([...filled, other], false)).toEqual([ja.resolvedMissingCodeSummary(3), other]);
		expect(noteLines([...filled, other], false)[0]).toContain('3 行');
		expect(noteLines([...filled, other], false)[0]).toContain('--verbose');
	});

	it('prints every note when asked', () => {
		expect(noteLines([...filled, other], true)).toEqual([...filled, other]);
	});

	it('prints nothing extra when there is nothing to fold', () => {
		expect(noteLines([other], false)).toEqual([other]);
		expect(noteLines([], false)).toEqual([]);
	});
});
