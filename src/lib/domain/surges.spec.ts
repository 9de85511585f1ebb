import { describe, expect, it } from 'vitest';
import { findSurges, nationalSeries } from './surges';

const day = (n: number) => new Date(Date.UTC(2099, 0, 1 + n)).toISOString().slice(0, 10);
// Invented: releases every 10 days; 10 cards a day, then 30 a day for two intervals, then 10 again.
const paces = [10, 10, 10, 10, 30, 30, 10];
const national = paces.reduce((points, pace, i) => [...points, { date: day(10 * (i + 1)), population: 100_000, cards: points[i].cards + 10 * pace }], [{ date: day(0), population: 100_000, cards: 1000 }]);

describe('findSurges', () => {
	it('finds the intervals at 1.5× the preceding median pace, merged, with their strength', () => {
		expect(findSurges(national)).toEqual([{ start: day(40), end: day(60), days: 20, strength: 3 }]);
	});
	it('needs three intervals before to judge', () => {
		expect(findSurges(national.slice(0, 3))).toEqual([]);
	});
});

describe('nationalSeries', () => {
	it('sums the series at the dates all of them have', () => {
		const a = [{ date: day(0), population: 10, cards: 1 }, { date: day(1), population: 10, cards: 2 }];
		const b = [{ date: day(1), population: 20, cards: 5 }];
		expect(nationalSeries([a, b])).toEqual([{ date: day(1), population: 30, cards: 7 }]);
	});
});
