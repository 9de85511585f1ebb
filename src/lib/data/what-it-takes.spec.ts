import { describe, expect, it } from 'vitest';
import { whatItTakes } from './what-it-takes';
import type { PrefectureHistoryRow } from '../sql/queries';
import { CHOSEN_MODEL, HORIZON_BUCKETS, type IntervalModel } from '../domain/projection-interval';

// Invented interval: from half the recent pace below to the recent pace above, per day of horizon.
const model: IntervalModel = { spec: CHOSEN_MODEL, asOf: '2099-01-08', buckets: HORIZON_BUCKETS.map(() => ({ cases: 100, tail: 0.05, low: -0.5, median: 0, high: 1 })) };

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
		const r = whatItTakes(history, '2099-01-08', 'A', { kind: 'rank', rank: 1 }, '2099-01-22', false, model)!;
		expect(r.current.rank).toBe(3);
		expect(r.requirement.cards).toBe(100);
		expect(r.weeksLeft).toBe(2);
		expect(r.requirement.cardsPerWeek).toBe(50);
		expect(r.projection).toBeNull();
	});
	it('against where the others are projected to be by the deadline', () => {
		// In two weeks B reaches 400 + 280 = 680; A is heading for 300 + 140 = 440.
		const r = whatItTakes(history, '2099-01-08', 'A', { kind: 'rank', rank: 1 }, '2099-01-22', true, model)!;
		expect(r.requirement.cards).toBe(380);
		expect(r.projection!.focus.cards).toBe(440);
		expect(r.projection!.rank).toBe(2);
		expect(r.projection!.beyondTrend).toBe(240);
		// Interval: A's recent pace is 10 a day, so 14 days ahead −70 / +140 cards.
		expect([r.projection!.focus.low, r.projection!.focus.high]).toEqual([37, 58]);
		expect(r.scenario).toBeNull();
	});
	it('beside the base projection, the campaign scenario for every prefecture', () => {
		// Doubling everyone's pace for the last 7 days: A 300 + 70 + 140 = 510, B 400 + 140 + 280 = 820.
		const r = whatItTakes(history, '2099-01-08', 'A', { kind: 'rank', rank: 1 }, '2099-01-22', true, model, { start: '2099-01-15', end: '2099-02-01', multiplier: 2 })!;
		expect(r.scenario!.focus.cards).toBe(510);
		expect(r.scenario!.rank).toBe(2);
		expect(r.projection!.focus.cards).toBe(440);
	});
	it('knows nothing of an unknown prefecture', () => {
		expect(whatItTakes(history, '2099-01-08', 'Z', { kind: 'national' }, null, false, model)).toBeNull();
	});
});
