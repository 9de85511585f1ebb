import { describe, expect, it } from 'vitest';
import { bucketOf, calibrate, CHOSEN_MODEL, CHOSEN_MODELS, errorCases, HORIZON_BUCKETS, projectWithInterval, type ErrorCase, type IntervalModel } from './projection-interval';

// Invented: 1,000 people, 10 cards a day, releases every 10 days from 2099-01-01.
const steady = [
	{ date: '2099-01-01', population: 1000, cards: 100 },
	{ date: '2099-01-11', population: 1000, cards: 200 },
	{ date: '2099-01-21', population: 1000, cards: 300 }
];
const modelWith = (low: number, median: number, high: number, medianCorrected = false): IntervalModel => ({
	spec: { ...CHOSEN_MODEL, point: 'recentPace', medianCorrected },
	asOf: '2099-01-21',
	buckets: HORIZON_BUCKETS.map(() => ({ cases: 100, tail: 0.05, low, median, high }))
});
const day = (n: number) => new Date(Date.UTC(2099, 0, 1 + n)).toISOString().slice(0, 10);

describe('horizon buckets', () => {
	it('hold the horizons above the previous end up to their own', () => {
		expect([1, 31, 32, 62, 63, 92, 93, 184, 185, 366, 367].map(bucketOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, -1]);
	});
});

describe('errorCases', () => {
	it('scales the error by the recent pace and the horizon', () => {
		// From 2099-01-21 the pace is 10 a day: 400 projected for 2099-01-31, 500 published.
		const cases = errorCases([[...steady, { date: '2099-01-31', population: 1000, cards: 500 }]], 'recentPace');
		expect(cases).toEqual([{ cutDate: '2099-01-21', targetDate: '2099-01-31', bucket: 0, error: 1 }]);
	});
	it('measures the published rate against the population the projection divides by', () => {
		// The population base drops to 800 with 400 cards: 50 %, i.e. 500 of the 1,000 known at the cut-off.
		const cases = errorCases([[...steady, { date: '2099-01-31', population: 800, cards: 400 }]], 'recentPace');
		expect(cases[0].error).toBeCloseTo(1, 12);
	});
});

describe('calibrate', () => {
	// Ten cut-offs 10 days apart, each followed 10 days later by the errors 1, 2, …, 20.
	const stationary: ErrorCase[] = Array.from({ length: 10 }, (_, k) => Array.from({ length: 20 }, (_, e) => ({ cutDate: day(10 * k), targetDate: day(10 * k + 10), bucket: 0, error: e + 1 }))).flat();
	it('takes the 5th and 95th percentiles when they covered 90 % before', () => {
		const model = calibrate(stationary, { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, '2099-12-31');
		expect(model.buckets[0]).toMatchObject({ cases: 200, tail: 0.05, low: 1, median: 10, high: 19 });
		expect(model.buckets[0].episodes).toHaveLength(10);
		expect(model.buckets[1].cases).toBe(0);
	});
	it('widens the interval when past intervals covered less than 90 % (a surge)', () => {
		// After five calm cut-offs, errors jump to 31…50: the 5th–95th percentiles missed them.
		const surge = stationary.map((c, i) => (i >= 100 ? { ...c, error: c.error + 30 } : c));
		const model = calibrate(surge, { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, '2099-12-31');
		expect(model.buckets[0].tail).toBeLessThan(0.05);
		expect(model.buckets[0].high).toBeGreaterThan(49);
	});
	it('uses only outcomes published by the date', () => {
		const model = calibrate(stationary, { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, day(30));
		expect(model.buckets[0].cases).toBe(60);
		expect(calibrate(stationary, { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, day(20)).buckets[0].cases).toBe(0);
	});
});

describe('projectWithInterval', () => {
	it('adds the error quantiles times the recent pace times the horizon', () => {
		// 10 days ahead at 10 a day: 400 cards; width 10 × 10 = 100 cards.
		const p = projectWithInterval(steady, '2099-01-31', modelWith(-0.5, 0.2, 1));
		expect(p).toEqual({ cards: 400, rate: 40, population: 1000, low: 35, high: 50, lowCards: 350, highCards: 500 });
		expect(projectWithInterval(steady, '2099-01-31', modelWith(-0.5, 0.2, 1, true)).cards).toBe(420);
	});
	it('keeps the low from falling as the horizon grows', () => {
		// A low of −0.9 times the pace at every horizon: 31 days gives 300 + 0.1 × 10 × 31 = 331 cards.
		const model = modelWith(-0.9, 0, 1);
		const lows = [31, 40, 62, 93, 200].map((n) => projectWithInterval(steady, day(20 + n), model).lowCards);
		for (let i = 1; i < lows.length; i++) expect(lows[i]).toBeGreaterThanOrEqual(lows[i - 1]);
		const falling: IntervalModel = { ...model, buckets: HORIZON_BUCKETS.map((_, b) => ({ cases: 100, tail: 0.05, low: b === 0 ? 0 : -0.99, median: 0, high: 1 })) };
		// At 31 days: 300 + 310 = 610 cards; at 32 days the bucket's own low (−0.99) would give 303.2.
		expect(projectWithInterval(steady, day(20 + 32), falling).lowCards).toBe(610);
	});
	it('never falls below the cards already issued nor above the population', () => {
		const p = projectWithInterval(steady, '2099-01-31', modelWith(-5, 0, 100));
		expect(p.low).toBe(30);
		expect(p.high).toBe(100);
	});
	it('spans today to 100 % when nothing has been learned yet', () => {
		const empty: IntervalModel = { ...modelWith(0, 0, 0), buckets: HORIZON_BUCKETS.map(() => ({ cases: 0, tail: 0.05, low: 0, median: 0, high: 0 })) };
		const p = projectWithInterval(steady, '2099-01-31', empty);
		expect([p.low, p.rate, p.high]).toEqual([30, 40, 100]);
	});
});

describe('withoutEpisodes', () => {
	it('keeps every bucket figure and drops only the episodes', async () => {
		const { withoutEpisodes } = await import('./projection-interval');
		const model = { spec: CHOSEN_MODELS.municipality, asOf: '2022-06-30', buckets: [{ maxDays: 31, cases: 3, tail: 0.05, low: -1, median: 0, high: 2, episodes: [[1, 2], [3]] }] } as unknown as IntervalModel;
		expect(withoutEpisodes(model).buckets).toEqual([{ maxDays: 31, cases: 3, tail: 0.05, low: -1, median: 0, high: 2 }]);
		expect(model.buckets[0].episodes).toEqual([[1, 2], [3]]);
	});
});
