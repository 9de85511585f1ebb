import { describe, expect, it } from 'vitest';
import { findMunicipality, municipalityLabel, prefectureName, type NationalMunicipalRates } from './national-municipal-rates';

// Invented municipalities and rates.
const rates: NationalMunicipalRates = {
	code6: ['013331', '022012', '011002', '472018'],
	name: ['府中町', '青森市', '札幌市', '那覇市'],
	pref_code: new Int32Array([1, 2, 1, 47]),
	rate: new Float64Array([12.5, 30, 41.25, 50])
};

describe('national municipal rates, column by column', () => {
	it('names the prefecture from its code', () => {
		expect(prefectureName(1)).toBe('北海道');
		expect(prefectureName(47)).toBe('沖縄県');
		expect(prefectureName(0)).toBe('');
		expect(prefectureName(48)).toBe('');
	});
	it('labels a municipality with its prefecture', () => {
		expect(municipalityLabel(rates, 2)).toBe('北海道札幌市');
		expect(municipalityLabel(rates, 3)).toBe('沖縄県那覇市');
	});
	it('finds the first municipality whose prefecture and name contain the text', () => {
		expect(findMunicipality(rates, ' 札幌 ')).toBe('011002');
		expect(findMunicipality(rates, '北海道')).toBe('013331');
		expect(findMunicipality(rates, '青森県青森')).toBe('022012');
		expect(findMunicipality(rates, '東京')).toBeNull();
		expect(findMunicipality(rates, '  ')).toBeNull();
	});
});
