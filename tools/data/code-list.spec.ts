import { describe, expect, it } from 'vitest';
import { parseCodeList } from './code-list';
import { designatedCities, kanaLookup, readingsByCode } from '../../src/lib/domain/municipality-kana';

// Invented rows in the list's layout (a BOM, then code,pref,name,type,district,furigana).
const INVENTED = '\uFEFFcode,pref,name,type,district,furigana\r\n' +
	'990001,架空県,架空県,都道府県,架空地方,かくうけん\r\n' +
	'991007,架空県,見本市,政令市,架空地方,みほんし\r\n' +
	'991015,架空県,見本市東区,行政区,架空地方,みほんしひがしく\r\n' +
	'993011,架空県,試験町,町,架空地方,しけんちょう\r\n';

describe('parseCodeList', () => {
	it('reads every row with its code, prefecture, name, type and reading', () => {
		const rows = parseCodeList(INVENTED, 'list.csv');
		expect(rows).toHaveLength(4);
		expect(rows[1]).toEqual({ code6: '991007', prefecture: '架空県', name: '見本市', type: '政令市', kana: 'みほんし' });
	});

	it('names the line that does not fit the layout', () => {
		expect(() => parseCodeList('code,pref,name,type,district,furigana\n99100,架空県,見本市,市,地方,みほんし\n', 'list.csv')).toThrow('list.csv: 2 行目を読めません');
		expect(() => parseCodeList('コード,県\n', 'list.csv')).toThrow('list.csv: 1 行目が');
	});
});

describe('readings and designated cities from the list', () => {
	const rows = parseCodeList(INVENTED, 'list.csv');

	it('keeps municipalities and designated cities, not prefectures or wards, and adds the hand-written ones', () => {
		const readings = readingsByCode(rows);
		expect(readings.get('991007')).toBe('みほんし');
		expect(readings.get('993011')).toBe('しけんちょう');
		expect(readings.has('990001')).toBe(false);
		expect(readings.has('991015')).toBe(false);
		expect(readings.get('402311')).toBe('なかがわし');
	});

	it('lists the designated cities by their 政令市 rows', () => {
		expect(designatedCities(rows).map((c) => c.name)).toEqual(['見本市']);
	});

	it('looks readings up by code, treating an empty reading as none', () => {
		const kanaOf = kanaLookup([{ code6: '991007', kana: 'みほんし' }, { code6: '13-unassigned', kana: '' }]);
		expect(kanaOf('991007')).toBe('みほんし');
		expect(kanaOf('13-unassigned')).toBeUndefined();
		expect(kanaOf('000000')).toBeUndefined();
	});
});
