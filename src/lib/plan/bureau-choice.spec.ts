import { describe, expect, it } from 'vitest';
import { chooseBureau } from './bureau-choice';

const bureaus = ['十勝総合振興局', '石狩振興局'];

describe('chooseBureau', () => {
	it('the URL wins over the remembered bureau', () => {
		expect(chooseBureau('石狩振興局', '十勝総合振興局', bureaus)).toBe('石狩振興局');
		// An explicit empty ?bureau= is 北海道全体, and wins too.
		expect(chooseBureau('', '十勝総合振興局', bureaus)).toBe('');
	});
	it('without a URL choice, the remembered bureau', () => {
		expect(chooseBureau(null, '十勝総合振興局', bureaus)).toBe('十勝総合振興局');
	});
	it('an unknown name from either place is ignored', () => {
		expect(chooseBureau('架空振興局', '十勝総合振興局', bureaus)).toBe('十勝総合振興局');
		expect(chooseBureau(null, '架空振興局', bureaus)).toBe('');
		expect(chooseBureau(null, null, bureaus)).toBe('');
	});
});
