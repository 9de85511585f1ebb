import { describe, expect, it } from 'vitest';
import { expectedCards, placeImpacts, prefectureEffect, regionImpact, DEFAULT_ASSUMPTIONS } from './local-impact';
import { newEvent, type PlanEvent } from './events';
import type { IntervalModel } from '../domain/projection-interval';
import type { PlanImpact } from './impact';

// Invented towns and events; a model without calibrated buckets (the interval spans today to 100 %).
const model: IntervalModel = { spec: { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, asOf: '2099-01-01', buckets: [31, 62, 92, 183, 366].map(() => ({ cases: 0, tail: 0, low: 0, median: 0, high: 0 })) };
const series = new Map([
	['011002', [{ date: '2099-05-31', population: 10_000, cards: 4_000 }, { date: '2099-06-30', population: 10_000, cards: 4_300 }]],
	['011003', [{ date: '2099-05-31', population: 5_000, cards: 2_000 }, { date: '2099-06-30', population: 5_000, cards: 2_000 }]]
]);
const ev = (code6: string, expected: number, extra: Partial<PlanEvent> = {}): PlanEvent => ({ ...newEvent(code6, '2099-07-15'), expected, status: '確定', ...extra });

describe('impact where the planner stands', () => {
	it('turns 見込み into cards under the stated assumptions', () => {
		const events = [ev('011002', 200), ev('011002', 100, { status: '候補' })];
		expect(expectedCards(events, '2099-09-30', DEFAULT_ASSUMPTIONS)).toBe(200);
		expect(expectedCards(events, '2099-09-30', { applyPercent: 50, cardPercent: 80 })).toBe(80);
	});
	it('projects each town with and without the plan, and its gap to the national rate', () => {
		// 30 days to the deadline at 10 cards a day: 4,600 cards → 46 %, 48 % with 200 more.
		const [town] = placeImpacts([ev('011002', 200)], series, () => '架空市', '2099-07-30', model, 45, DEFAULT_ASSUMPTIONS);
		expect(town).toMatchObject({ key: '011002', cards: 200 });
		expect(town.without).toBeCloseTo(46, 10);
		expect(town.with).toBeCloseTo(48, 10);
		expect(town.gapWith).toBeCloseTo(3, 10);
	});
	it('sums a bureau from its towns', () => {
		const region = regionImpact('架空振興局', ['011002', '011003'], [ev('011002', 150)], series, '2099-07-30', model, 45, DEFAULT_ASSUMPTIONS)!;
		expect(region.without).toBeCloseTo((100 * 6_600) / 15_000, 10);
		expect(region.with).toBeCloseTo((100 * 6_750) / 15_000, 10);
	});
	it('says a rank change only outside the projection\'s range, and points at a tenth', () => {
		const impact = (withRate: number, withRank: number): PlanImpact => ({ without: { rate: 44.2, rank: 34, cards: 0, low: 42.6, high: 51.4 }, with: { rate: withRate, rank: withRank, cards: 0 }, plannedCards: 0, scenario: null });
		expect(prefectureEffect(impact(44.23, 33))).toMatchObject({ points: null, rankChange: null });
		expect(prefectureEffect(impact(44.5, 33)).rankChange).toBeNull();
		expect(prefectureEffect(impact(44.5, 33)).points).toBeCloseTo(0.3, 10);
		expect(prefectureEffect(impact(52, 30)).rankChange).toEqual({ from: 34, to: 30 });
	});
});
