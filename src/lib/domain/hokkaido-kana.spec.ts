import { describe, expect, it } from 'vitest';
import { HOKKAIDO_KANA } from './hokkaido-kana';
import { isValidCode6 } from './check-digit';

describe('HOKKAIDO_KANA', () => {
	it('has a hiragana reading for each of the 179 municipalities, ending as its name does', () => {
		const entries = Object.entries(HOKKAIDO_KANA);
		expect(entries).toHaveLength(179);
		for (const [code, [name, kana]] of entries) {
			expect(isValidCode6(code), code).toBe(true);
			expect(kana).toMatch(/^[ぁ-ゖー]+$/);
			const suffix = name.at(-1);
			expect(kana, name).toMatch(suffix === '市' ? /し$/ : suffix === '町' ? /(ちょう|まち)$/ : /(むら|そん)$/);
		}
		expect(HOKKAIDO_KANA['011002']).toEqual(['札幌市', 'さっぽろし']);
	});
});
