import { describe, expect, it } from 'vitest';
import { code5FromCode6, code6FromCode5, isSameMunicipalityName, normalizeCode6 } from './municipality-code';

describe('codes', () => {
	it('restores the leading zero lost when codes were written as integers', () => {
		expect(normalizeCode6('11002')).toBe('011002');
		expect(normalizeCode6(' 131016 ')).toBe('131016');
		expect(normalizeCode6('<NA>')).toBeNull();
		expect(normalizeCode6('1234567')).toBeNull();
	});
	it('joins N03 five-digit codes and six-digit issuance codes both ways', () => {
		expect(code5FromCode6('011002')).toBe('01100');
		expect(code6FromCode5('01100')).toBe('011002');
		expect(code6FromCode5('01695')).toBe('016951');
	});
});

describe('isSameMunicipalityName', () => {
	it('accepts the county- or island-prefixed forms used by some releases', () => {
		expect(isSameMunicipalityName('虻田郡ニセコ町', 'ニセコ町')).toBe(true);
		expect(isSameMunicipalityName('八丈島八丈町', '八丈町')).toBe(true);
		expect(isSameMunicipalityName('鹿児島郡三島村', '三島村')).toBe(true);
		expect(isSameMunicipalityName('高岡郡檮原町', '梼原町')).toBe(true);
	});
	it('rejects a different municipality', () => {
		expect(isSameMunicipalityName('札幌市', '函館市')).toBe(false);
		expect(isSameMunicipalityName('北ニセコ町', 'ニセコ町')).toBe(false);
	});
});
