import { describe, expect, it } from 'vitest';
import { colorMap, matchesSearch, toHiragana } from './map-view';
import { divergingClasses } from './color-classes';
import type { BureauMeasureRow, MunicipalMeasureRow } from '../sql/queries';

const m = (code6: string, bureau: string, rate: number): MunicipalMeasureRow => ({ code6, name: code6, bureau, population: 100, cards: rate, rate, without_card: 100 - rate, rate_change: null, cards_change: null, gap_national: rate - 40, gap_hokkaido: rate - 35, rank_in_prefecture: 1 });
const b = (bureau: string, rate: number): BureauMeasureRow => ({ bureau, municipality_count: 1, population: 100, cards: rate, rate, without_card: 100 - rate, rate_change: null, cards_change: null, gap_national: rate - 40, gap_hokkaido: rate - 35, rank_in_prefecture: 1 });

describe('colorMap', () => {
	const figures = [m('a', '東', 10), m('b', '東', 20), m('c', '西', 30), m('d', '西', 40)];
	const bureaus = [b('東', 15), b('西', 35)];
	it('colours municipalities by their own value', () => {
		const coloring = colorMap(figures, bureaus, 'rate', 'municipality');
		expect(coloring.valueByCode.get('a')).toBe(10);
		expect(coloring.fillByCode.get('a')).not.toBe(coloring.fillByCode.get('d'));
	});
	it('colours every municipality with its bureau\'s value in the bureau unit', () => {
		const coloring = colorMap(figures, bureaus, 'rate', 'bureau');
		expect(coloring.valueByCode.get('a')).toBe(15);
		expect(coloring.fillByCode.get('a')).toBe(coloring.fillByCode.get('b'));
		expect(coloring.fillByCode.get('a')).not.toBe(coloring.fillByCode.get('c'));
	});
	it('treats change measures without a base release as no data', () => {
		const coloring = colorMap(figures, bureaus, 'rate_change', 'municipality');
		expect(coloring.valueByCode.get('a')).toBeNull();
		expect(coloring.fillByCode.get('a')).toBe('#d9d9d9');
	});
});

describe('divergingClasses', () => {
	it('breaks symmetrically around zero', () => {
		const classes = divergingClasses([-9, -6, -3, 3, 6, 9]);
		// |gaps| = 3,3,6,6,9,9: terciles (linear interpolation) at 5 and 7
		expect(classes.breaks).toEqual([-7, -5, 0, 5, 7]);
		expect(classes.colors).toHaveLength(6);
	});
});

describe('search', () => {
	it('matches kanji, hiragana and katakana', () => {
		expect(toHiragana('サッポロ')).toBe('さっぽろ');
		expect(matchesSearch('サッポロ', '札幌市', 'さっぽろし')).toBe(true);
		expect(matchesSearch('札幌', '札幌市', 'さっぽろし')).toBe(true);
		expect(matchesSearch('はこだて', '札幌市', 'さっぽろし')).toBe(false);
		expect(matchesSearch('  ', '札幌市', undefined)).toBe(true);
	});
});
