import { describe, expect, it } from 'vitest';
import { formatCountProse, formatDateProse, formatHundredthsPoints, formatPointsProse } from './prose-format';

describe('formatCountProse (公用文: 約17万枚)', () => {
	it('writes counts under 1万 exactly, with commas', () => {
		expect(formatCountProse(0, '枚')).toBe('0枚');
		expect(formatCountProse(8512, '枚')).toBe('8,512枚');
		expect(formatCountProse(9999.4, '人')).toBe('9,999人');
	});
	it('writes 1万–10万 to a tenth of 万, dropping .0', () => {
		expect(formatCountProse(12_345, '人')).toBe('約1.2万人');
		expect(formatCountProse(19_960, '枚')).toBe('約2万枚');
		expect(formatCountProse(20_000, '枚')).toBe('2万枚');
		expect(formatCountProse(98_949, '枚')).toBe('約9.9万枚');
		expect(formatCountProse(99_949, '枚')).toBe('約10万枚');
	});
	it('writes 10万–1億 to the 万, with commas in the 万 part', () => {
		expect(formatCountProse(170_321, '枚')).toBe('約17万枚');
		expect(formatCountProse(99_950, '枚')).toBe('約10万枚');
		expect(formatCountProse(2_202_498, '枚')).toBe('約220万枚');
		expect(formatCountProse(5_228_732, '人')).toBe('約523万人');
		expect(formatCountProse(12_340_000, '人')).toBe('1,234万人');
	});
	it('writes 億 and 万 from 1億, leaving out a zero 万', () => {
		expect(formatCountProse(123_456_789, '人')).toBe('約1億2,346万人');
		expect(formatCountProse(100_000_000, '人')).toBe('1億人');
		expect(formatCountProse(99_999_999, '人')).toBe('約1億人');
	});
	it('puts the sign of a fall in front and never throws on nonsense', () => {
		expect(formatCountProse(-31_000, '枚')).toBe('−3.1万枚');
		expect(formatCountProse(-31_234, '枚')).toBe('−約3.1万枚');
		expect(formatCountProse(NaN, '枚')).toBe('—枚');
	});
});

describe('formatDateProse (西暦に和暦を添える)', () => {
	it('adds the era year in brackets after the western year', () => {
		expect(formatDateProse('2022-06-30')).toBe('2022年（令和4年）6月30日');
		expect(formatDateProse('2017-03-08')).toBe('2017年（平成29年）3月8日');
	});
	it('writes the first year of an era 元年 and switches era on its first day', () => {
		expect(formatDateProse('2019-05-01')).toBe('2019年（令和元年）5月1日');
		expect(formatDateProse('2019-04-30')).toBe('2019年（平成31年）4月30日');
		expect(formatDateProse('2023-03-31')).toBe('2023年（令和5年）3月31日');
	});
});

describe('formatPointsProse', () => {
	it('writes the magnitude with one decimal, rounded once, half away from zero', () => {
		expect(formatPointsProse(-3.1159)).toBe('3.1ポイント');
		expect(formatPointsProse(0.05)).toBe('0.1ポイント');
		expect(formatPointsProse(0)).toBe('0.0ポイント');
	});
});

describe('formatHundredthsPoints', () => {
	it('writes two decimals with a sign, rounding half away from zero', () => {
		expect(formatHundredthsPoints(0.12345)).toBe('+0.12pt');
		expect(formatHundredthsPoints(0.125)).toBe('+0.13pt');
		expect(formatHundredthsPoints(-0.004)).toBe('±0.00pt');
		expect(formatHundredthsPoints(1.005)).toBe('+1.01pt');
	});
});
