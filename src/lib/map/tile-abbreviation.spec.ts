import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abbreviationCandidates, uniqueAbbreviations } from './tile-abbreviation';

describe('abbreviationCandidates', () => {
	it('starts with the first two characters, then pairs with the first character, then the rest, then the name', () => {
		expect(abbreviationCandidates('青葉町')).toEqual(['青葉', '青町', '葉町', '青葉町']);
		expect(abbreviationCandidates('空')).toEqual(['空']);
		expect(abbreviationCandidates('森町')).toEqual(['森町']);
		expect(abbreviationCandidates('森町', '東部局')).toEqual(['森町', '東森']);
	});
});

describe('uniqueAbbreviations', () => {
	it('keeps the first two characters when nobody else shares them', () => {
		const labels = uniqueAbbreviations([
			{ id: '1', name: '青葉市' },
			{ id: '2', name: '白浜町' }
		]);
		expect([...labels]).toEqual([
			['1', '青葉'],
			['2', '白浜']
		]);
	});
	it('gives the pair to the shorter name and moves the longer one on (invented names)', () => {
		const labels = uniqueAbbreviations([
			{ id: '2', name: '青葉富士町' },
			{ id: '1', name: '青葉町' }
		]);
		expect(labels.get('1')).toBe('青葉');
		expect(labels.get('2')).toBe('青富');
	});
	it('between names of equal length, the lower id keeps the pair', () => {
		const labels = uniqueAbbreviations([
			{ id: '9', name: '青葉町' },
			{ id: '3', name: '青葉市' }
		]);
		expect(labels.get('3')).toBe('青葉');
		expect(labels.get('9')).toBe('青町');
	});
	it('does not take a label another name already has by right', () => {
		const labels = uniqueAbbreviations([
			{ id: '1', name: '青葉市' },
			{ id: '2', name: '青葉町' },
			{ id: '3', name: '青町村' }
		]);
		expect(new Set(labels.values()).size).toBe(3);
		expect(labels.get('1')).toBe('青葉');
		expect(labels.get('3')).toBe('青町');
		expect(labels.get('2')).toBe('葉町');
	});
	it('always returns distinct labels of at most the name, for distinct names', () => {
		const name = fc.string({ unit: fc.constantFrom('青', '葉', '白', '浜', '町', '村', '市'), minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(fc.uniqueArray(name, { maxLength: 30 }), (names) => {
				const items = names.map((n, i) => ({ id: String(i).padStart(3, '0'), name: n }));
				const labels = uniqueAbbreviations(items);
				expect(new Set(labels.values()).size).toBe(items.length);
				for (const item of items) expect(abbreviationCandidates(item.name)).toContain(labels.get(item.id));
			})
		);
	});
	it('tells two items of the same name apart by their qualifiers', () => {
		const labels = uniqueAbbreviations([
			{ id: '2', name: '森村', qualifier: '東部局' },
			{ id: '1', name: '森村', qualifier: '西部局' }
		]);
		expect(labels.get('1')).toBe('森村');
		expect(labels.get('2')).toBe('東森');
	});
	it('names the item it cannot tell apart once every label of its name is taken', () => {
		expect(() =>
			uniqueAbbreviations([
				{ id: '1', name: '森' },
				{ id: '2', name: '森' }
			])
		).toThrow('森（2）');
	});
});
