import { describe, expect, it } from 'vitest';
import { checkDigit, isValidCode6 } from './check-digit';

describe('checkDigit', () => {
	it('computes the published check digits', () => {
		expect(checkDigit('01100')).toBe(2); // 札幌市 011002
		expect(checkDigit('01202')).toBe(5); // 函館市 012025
		expect(checkDigit('13101')).toBe(6); // 千代田区 131016
	});
	it('maps remainder 0 to 1 and remainder 1 to 0', () => {
		expect(checkDigit('09201')).toBe(1); // 宇都宮市 092011: sum 44, remainder 0
		expect(checkDigit('09210')).toBe(0); // 大田原市 092100: sum 45, remainder 1
	});
	it('returns NaN for anything but five digits', () => {
		expect(checkDigit('1100')).toBeNaN();
		expect(checkDigit('0110a')).toBeNaN();
	});
});

describe('isValidCode6', () => {
	it('accepts correct and rejects wrong check digits', () => {
		expect(isValidCode6('011002')).toBe(true);
		expect(isValidCode6('011003')).toBe(false);
		expect(isValidCode6('11002')).toBe(false);
	});
});
