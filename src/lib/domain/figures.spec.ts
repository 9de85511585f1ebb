import { describe, expect, it } from 'vitest';
import { gapPoints, gapToNational, issuanceRate, roundOneDecimal } from './figures';
import { formatPoints, formatRate } from './format';

describe('roundOneDecimal', () => {
	it('rounds half away from zero, on both sides of zero', () => {
		expect(roundOneDecimal(42.15)).toBe(42.2);
		expect(roundOneDecimal(-3.15)).toBe(-3.2);
		expect(roundOneDecimal(0.05)).toBe(0.1);
		expect(roundOneDecimal(-0.05)).toBe(-0.1);
		expect(roundOneDecimal(42.1347661345045)).toBe(42.1);
		expect(roundOneDecimal(45.25073395882415)).toBe(45.3);
	});
	it('never writes a negative zero', () => {
		expect(Object.is(roundOneDecimal(-0.04), 0)).toBe(true);
	});
});

describe('gaps are differences of unrounded rates', () => {
	// Invented counts shaped like 2022-06-30's: 42.13 % against 45.27 %.
	const hokkaido = issuanceRate(421_300, 1_000_000);
	const nation = issuanceRate(4_527_000, 10_000_000);
	it('gives −3.1 pt, not the −3.2 pt of rounded minus rounded', () => {
		expect(formatRate(hokkaido)).toBe('42.1%');
		expect(formatRate(nation)).toBe('45.3%');
		expect(formatPoints(gapPoints(hokkaido, nation))).toBe('−3.1pt');
		expect(formatPoints(gapToNational({ rate: hokkaido, national_rate: nation }))).toBe('−3.1pt');
		expect(formatPoints(roundOneDecimal(hokkaido) - roundOneDecimal(nation))).toBe('−3.2pt');
	});
	it('a gap that rounds to zero has no sign', () => {
		expect(formatPoints(gapPoints(45.26, 45.3))).toBe('±0.0pt');
		expect(formatPoints(0.051)).toBe('+0.1pt');
	});
});
