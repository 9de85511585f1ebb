import { describe, expect, it } from 'vitest';
import { applyScenario, formatScenario, overlapDays, parseScenario } from './scenario';
import { CHOSEN_MODEL, HORIZON_BUCKETS, projectWithInterval, type IntervalModel } from './projection-interval';

// Invented: 1,000 people, 10 cards a day, releases every 10 days.
const steady = [
	{ date: '2099-01-01', population: 1000, cards: 100 },
	{ date: '2099-01-11', population: 1000, cards: 200 },
	{ date: '2099-01-21', population: 1000, cards: 300 }
];
const model: IntervalModel = { spec: CHOSEN_MODEL, asOf: '2099-01-21', buckets: HORIZON_BUCKETS.map(() => ({ cases: 100, tail: 0.05, low: -0.5, median: 0, high: 1 })) };

describe('campaign scenario', () => {
	it('counts the days of the campaign inside the horizon', () => {
		expect(overlapDays('2099-01-21', '2099-02-10', { start: '2099-01-31', end: '2099-03-01', multiplier: 2 })).toBe(10);
		expect(overlapDays('2099-01-21', '2099-02-10', { start: '2099-01-01', end: '2099-01-11', multiplier: 2 })).toBe(0);
	});
	it('raises the pace in its period, for the projection and both ends of the interval', () => {
		// Base to 2099-02-10: 500 cards (400–700). Doubling the pace for the last 10 days adds 100.
		const base = projectWithInterval(steady, '2099-02-10', model);
		expect([base.cards, base.lowCards, base.highCards]).toEqual([500, 400, 700]);
		const s = applyScenario(steady, base, '2099-02-10', { start: '2099-01-31', end: '2099-03-01', multiplier: 2 });
		expect(s).toEqual({ cards: 600, rate: 60, population: 1000, low: 50, high: 80, lowCards: 500, highCards: 800 });
	});
	it('never goes beyond the population', () => {
		const base = projectWithInterval(steady, '2099-02-10', model);
		expect(applyScenario(steady, base, '2099-02-10', { start: '2099-01-21', end: '2099-02-10', multiplier: 10 }).high).toBe(100);
	});
	it('reads and writes its URL form, refusing malformed ones', () => {
		expect(parseScenario('2022-07-01_2022-09-30_1.5')).toEqual({ start: '2022-07-01', end: '2022-09-30', multiplier: 1.5 });
		expect(formatScenario({ start: '2022-07-01', end: '2022-09-30', multiplier: 1.5 })).toBe('2022-07-01_2022-09-30_1.5');
		expect(parseScenario('2022-09-30_2022-07-01_2')).toBeNull();
		expect(parseScenario('x')).toBeNull();
		expect(parseScenario(null)).toBeNull();
	});
});
