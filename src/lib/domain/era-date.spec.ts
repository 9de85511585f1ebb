import { describe, expect, it } from 'vitest';
import { dateInFileName, dateInText, datesInText, monthEnd } from './era-date';

describe('datesInText', () => {
	it.each([
		['R7.8末', '2025-08-31'],
		['R7.1.1', '2025-01-01'],
		['令和7年8月末', '2025-08-31'],
		['令和7年8月末日', '2025-08-31'],
		['令和7年8月31日', '2025-08-31'],
		['令和元年5月1日', '2019-05-01'],
		['R1.5.1', '2019-05-01'],
		['H31.1.1', '2019-01-01'],
		['H31.4.30', '2019-04-30'],
		['平成30年12月末', '2018-12-31'],
		['S64.1.7', '1989-01-07'],
		['R6.2末', '2024-02-29'],
		['R5.2末', '2023-02-28'],
		['R7/8/31', '2025-08-31'],
		['Ｒ７．８末', '2025-08-31'],
		['人口（R7.1.1時点）', '2025-01-01'],
		['保有枚数（Ｒ７．８末時点）', '2025-08-31'],
		['保有枚数(令和７年８月末時点)', '2025-08-31'],
		['2025.8末', '2025-08-31'],
		['2025/8/31', '2025-08-31'],
		['2025-08-31', '2025-08-31'],
		['2025年8月末日', '2025-08-31'],
		['２０２５年８月末', '2025-08-31'],
		['2024.2末', '2024-02-29'],
		['2023年6月30日時点', '2023-06-30']
	])('%s → %s', (text, expected) => {
		expect(datesInText(text)).toEqual([expected]);
	});

	it.each([
		['R7.2.30', 'no 30 February'],
		['H31.5.1', '平成 ended on 30 April 2019'],
		['R1.4.30', '令和 began on 1 May 2019'],
		['H1.1.7', '平成 began on 8 January 1989'],
		['R0.1.1', 'no year 0'],
		['R7.13末', 'no month 13'],
		['2025.8', 'a month without a day or 末 is no date'],
		['人口に対する保有枚数率', 'no date at all'],
		['1,234,567', 'a count is no date']
	])('%s is not a date (%s)', (text) => {
		expect(datesInText(text)).toEqual([]);
	});

	it('reads every date of a text in order', () => {
		expect(datesInText('保有枚数（R7.8末時点）／人口（R7.1.1時点）')).toEqual(['2025-08-31', '2025-01-01']);
		expect(datesInText('2025/1/1〜R7.8末')).toEqual(['2025-01-01', '2025-08-31']);
	});
});

describe('dateInText', () => {
	it('is the single date, or null when there are none or several', () => {
		expect(dateInText('人口（R7.1.1時点）')).toBe('2025-01-01');
		expect(dateInText('R7.8末 (2025/8/31)')).toBe('2025-08-31');
		expect(dateInText('R7.8末 R7.9末')).toBeNull();
		expect(dateInText('市区町村名')).toBeNull();
	});
});

describe('dateInFileName', () => {
	it.each([
		['20250831.xlsx', '2025-08-31'],
		['kofu_20250831_公表用.xlsx', '2025-08-31'],
		['マイナンバーカード保有状況（R7.8末）.xlsx', '2025-08-31'],
		['000412345.xlsx', null],
		['muni.csv', null],
		['20250832.csv', null],
		['20250831-20250930.csv', null]
	])('%s → %s', (name, expected) => {
		expect(dateInFileName(name)).toBe(expected);
	});
});

describe('monthEnd', () => {
	it('knows leap years', () => {
		expect([monthEnd(2024, 2), monthEnd(2023, 2), monthEnd(1900, 2), monthEnd(2000, 2), monthEnd(2025, 4), monthEnd(2025, 12)]).toEqual([29, 28, 28, 29, 30, 31]);
	});
});
