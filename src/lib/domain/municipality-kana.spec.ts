import { describe, expect, it } from 'vitest';
import { kanaLookup, searchExample } from './municipality-kana';

describe('searchExample', () => {
	const rows = [
		{ code6: '012025', name: '函館市', kana: 'はこだてし' },
		{ code6: '011002', name: '札幌市', kana: 'さっぽろし' },
		{ code6: '013030', name: '当別町', kana: 'とうべつちょう' }
	];
	it("reads the prefecture's first municipality by code, without the reading of 市", () => {
		expect(searchExample(rows, kanaLookup(rows))).toBe('さっぽろ');
	});
	it('drops 区, 町 and 村 in either reading, and keeps a reading that is only the suffix', () => {
		const one = (name: string, kana: string) => searchExample([{ code6: '131016', name }], kanaLookup([{ code6: '131016', kana }]));
		expect(one('千代田区', 'ちよだく')).toBe('ちよだ');
		expect(one('森町', 'もりまち')).toBe('もり');
		expect(one('竹富町', 'たけとみちょう')).toBe('たけとみ');
		expect(one('読谷村', 'よみたんそん')).toBe('よみたん');
		expect(one('X市', 'し')).toBe('し');
	});
	it('skips municipalities without a reading, and says null when none has one', () => {
		expect(searchExample(rows, kanaLookup([{ code6: '013030', kana: 'とうべつちょう' }]))).toBe('とうべつ');
		expect(searchExample(rows, () => undefined)).toBeNull();
	});
});
