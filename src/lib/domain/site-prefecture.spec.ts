import { describe, expect, it } from 'vitest';
import { sitePrefectureFrom } from './site-prefecture';

describe('sitePrefectureFrom', () => {
	it('defaults to 北海道', () => expect(sitePrefectureFrom(undefined)).toBe('北海道'));
	it('takes any of the 47', () => expect(sitePrefectureFrom('長野県')).toBe('長野県'));
	it('refuses what is not a prefecture, in Japanese', () => expect(() => sitePrefectureFrom('北海道県')).toThrow(/北海道県/));
});
