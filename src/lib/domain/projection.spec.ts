import { describe, expect, it } from 'vitest';
import { daysBetween, project } from './projection';
import { backtest } from './backtest';

// Invented series: 1,000 people, cards growing by 10 a day from 2099-01-01.
const steady = [
	{ date: '2099-01-01', population: 1000, cards: 100 },
	{ date: '2099-01-11', population: 1000, cards: 200 },
	{ date: '2099-01-21', population: 1000, cards: 300 }
];

describe('project', () => {
	it('counts days across irregular releases', () => {
		expect(daysBetween('2099-01-21', '2099-03-02')).toBe(40);
	});
	it('extends the recent pace of cards', () => {
		expect(project(steady, '2099-01-31', 'recentPace')).toEqual({ cards: 400, rate: 40, population: 1000 });
	});
	it('extends a three-release trend of cards or of the rate', () => {
		expect(project(steady, '2099-02-10', 'cardsTrend3').cards).toBeCloseTo(500, 9);
		expect(project(steady, '2099-02-10', 'naiveRateTrend3').rate).toBeCloseTo(50, 9);
	});
	it('projects cards across a population base change, dividing by the latest population', () => {
		// January: the population base drops to 800; cards keep growing by 10 a day.
		const series = [...steady, { date: '2099-01-31', population: 800, cards: 400 }];
		const p = project(series, '2099-02-10', 'recentPace');
		expect(p.cards).toBe(500);
		expect(p.rate).toBeCloseTo(62.5, 9);
		// The naive rate trend reads the jump in the denominator as uptake.
		expect(project(series, '2099-02-10', 'naiveRateTrend3').rate).toBeGreaterThan(p.rate);
	});
	it('never projects fewer cards than issued, nor more than the population', () => {
		const falling = [{ date: '2099-01-01', population: 100, cards: 50 }, { date: '2099-01-11', population: 100, cards: 40 }];
		expect(project(falling, '2099-03-01', 'recentPace').cards).toBe(40);
		expect(project(steady, '2100-12-31', 'recentPace').cards).toBe(1000);
	});
});

describe('backtest', () => {
	it('scores each model per horizon, out of sample', () => {
		// Releases every 5 days, cards growing as 100·i²: the recent pace follows it better than a three-point rate line.
		const points = Array.from({ length: 12 }, (_, i) => ({ date: `2099-01-${String(1 + 5 * i).padStart(2, '0')}`, population: 100_000, cards: 100 * i * i }));
		const specs = [
			{ point: 'recentPace' as const, halfLifeDays: null, medianCorrected: false },
			{ point: 'naiveRateTrend3' as const, halfLifeDays: null, medianCorrected: false }
		];
		const scores = backtest(new Map([['x', points]]), specs);
		expect(scores.map((s) => [s.method, s.horizonDays])).toEqual([
			['recentPace+quantiles', 31], ['recentPace+quantiles', 62], ['recentPace+quantiles', 92], ['recentPace+quantiles', 184],
			['naiveRateTrend3+quantiles', 31], ['naiveRateTrend3+quantiles', 62], ['naiveRateTrend3+quantiles', 92], ['naiveRateTrend3+quantiles', 184]
		]);
		// Cut-offs from the sixth release on have three earlier cut-offs' outcomes to learn from.
		expect(scores[0].cases).toBeGreaterThan(0);
		expect(scores[0].meanAbsErrorPoints).toBeLessThan(scores[4].meanAbsErrorPoints);
		expect(scores[0].meanErrorPoints).toBeLessThan(0);
	});
});
