import { describe, expect, it } from 'vitest';
import { whatItTakes } from './what-it-takes';
import type { PrefectureHistoryRow } from '../sql/queries';

// Invented: two releases 7 days apart. A gains 70 cards a week, B 140, C none.
function row(release_date: string, prefecture: string, pref_code: number, population: number, cards: number, rank: number): PrefectureHistoryRow {
	return { release_date, prefecture, pref_code, population, cards, rate: (100 * cards) / population, rank, national_rate: 0 };
}
const history = [
	row('2099-01-01', 'A', 1, 1000, 230, 3), row('2099-01-01', 'B', 2, 1000, 260, 2), row('2099-01-01', 'C', 3, 1000, 400, 1),
	row('2099-01-08', 'A', 1, 1000, 300, 3), row('2099-01-08', 'B', 2, 1000, 400, 1), row('2099-01-08', 'C', 3, 1000, 400, 1)
];

describe('whatItTakes', () => {
	it('against the others as published', () => {
		const r = whatItTakes(history, '2099-01-08', 'A', { kind: 'rank', rank: 1 }, '2099-01-22', false, 0.5)!;
		expect(r.current.rank).toBe(3);
		expect(r.requirement.cards).toBe(100);
		expect(r.weeksLeft).toBe(2);
		expect(r.requirement.cardsPerWeek).toBe(50);
		expect(r.projection).toBeNull();
	});
	it('against where the others are projected to be by the deadline', () => {
		// In two weeks B reaches 400 + 280 = 680; A is heading for 300 + 140 = 440.
		const r = whatItTakes(history, '2099-01-08', 'A', { kind: 'rank', rank: 1 }, '2099-01-22', true, 0.5)!;
		expect(r.requirement.cards).toBe(380);
		expect(r.projection!.focus.cards).toBe(440);
		expect(r.projection!.rank).toBe(2);
		expect(r.projection!.beyondTrend).toBe(240);
		// Interval: 0.5 points per 30 days of horizon, 14 days ahead.
		expect(r.projection!.focus.high - r.projection!.focus.rate).toBeCloseTo((0.5 * 14) / 30, 9);
	});
	it('knows nothing of an unknown prefecture', () => {
		expect(whatItTakes(history, '2099-01-08', 'Z', { kind: 'national' }, null, false, 0)).toBeNull();
	});
});
