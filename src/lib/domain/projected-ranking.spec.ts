import { describe, expect, it } from 'vitest';
import { projectRanking, rankRanges, ranksOf, seededRandom } from './projected-ranking';
import { CHOSEN_MODEL, HORIZON_BUCKETS, type IntervalModel } from './projection-interval';

// Invented: three series of 1,000 people, releases 10 days apart, paces 10, 5 and 1 card a day.
const series = (start: number, pace: number) => [0, 10, 20].map((d) => ({ date: `2099-01-${String(1 + d).padStart(2, '0')}`, population: 1000, cards: start + pace * d }));
const all = new Map([['a', series(500, 10)], ['b', series(480, 5)], ['c', series(100, 1)]]);
const model = (episodes: number[][] | undefined): IntervalModel => ({
	spec: { ...CHOSEN_MODEL, point: 'recentPace', medianCorrected: false },
	asOf: '2099-01-21',
	buckets: HORIZON_BUCKETS.map(() => ({ cases: 100, tail: 0.05, low: -0.5, median: 0, high: 1, episodes }))
});

describe('ranksOf', () => {
	it('ranks from the highest, ties sharing the best', () => {
		expect(ranksOf([0.3, 0.5, 0.3, 0.1])).toEqual([2, 1, 2, 4]);
	});
});

describe('seededRandom', () => {
	it('gives the same draws for the same seed, within [0, 1)', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const draws = Array.from({ length: 100 }, () => a());
		expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
	});
});

describe('projectRanking', () => {
	it('gives each series its rank and the range of ranks it may take', () => {
		// 30 days ahead: a 800 (700–1,000 with errors −0.5…1), b 630 (555–780), c 130: c is last in every draw.
		const ranked = projectRanking(all, '2099-01-21', '2099-02-20', model([[-0.5, 1], [0, 0.5]]));
		const byId = Object.fromEntries(ranked.map((e) => [e.id, e]));
		expect([byId.a.rank, byId.b.rank, byId.c.rank]).toEqual([1, 2, 3]);
		expect([byId.c.rankLow, byId.c.rankHigh]).toEqual([3, 3]);
		for (const e of ranked) expect(e.rankLow <= e.rank && e.rank <= e.rankHigh).toBe(true);
	});
	it('lets close series swap places when a common stretch of time moves them differently', () => {
		// a and b 25 cards apart: an episode where a lags and b surges puts b first.
		const close = new Map([['a', series(505, 5)], ['b', series(480, 5)]]);
		const ranked = rankRanges(
			[...close.values()].map((s) => ({ base: s[2].cards + 150, width: 150, extra: 0, floor: s[2].cards, cap: 1000, population: 1000 })),
			[[-0.5, 1], [1, -0.5]]
		);
		expect(ranked).toEqual([{ low: 1, high: 2 }, { low: 1, high: 2 }]);
	});
	it('falls back to the ranks the intervals allow when no past errors are known', () => {
		const ranked = projectRanking(all, '2099-01-21', '2099-02-20', model(undefined));
		expect(ranked.map((e) => [e.id, e.rankLow, e.rankHigh])).toEqual([['a', 1, 2], ['b', 1, 2], ['c', 3, 3]]);
	});
});
