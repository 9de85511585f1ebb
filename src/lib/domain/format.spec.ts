import { describe, expect, it } from 'vitest';
import { formatInteger, formatPoints, formatRate } from './format';

describe('format', () => {
	it('writes rates with one decimal, rounding half away from zero', () => {
		expect(formatRate(42.1347661345045)).toBe('42.1%');
		expect(formatRate(45.25073395882415)).toBe('45.3%');
		expect(formatRate(12)).toBe('12.0%');
	});
	it('writes counts with separators and points with a sign', () => {
		expect(formatInteger(5228732)).toBe('5,228,732');
		expect(formatPoints(-3.2)).toBe('−3.2pt');
		expect(formatPoints(0.5)).toBe('+0.5pt');
		expect(formatPoints(0)).toBe('±0.0pt');
	});
});

describe('figures that cannot be computed', () => {
	it('a rate or gap of null, NaN or Infinity shows 「—」, never NaN', async () => {
		const { formatRate, formatPoints, NO_FIGURE } = await import('./format');
		for (const v of [null, undefined, NaN, Infinity]) {
			expect(formatRate(v)).toBe(NO_FIGURE);
			expect(formatPoints(v)).toBe(NO_FIGURE);
		}
	});
});
