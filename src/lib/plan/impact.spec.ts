import { describe, expect, it } from 'vitest';
import { planImpact } from './impact';
import type { PrefectureHistoryRow } from '../sql/queries';
import { CHOSEN_MODEL, HORIZON_BUCKETS, type IntervalModel } from '../domain/projection-interval';

const model: IntervalModel = { spec: CHOSEN_MODEL, asOf: '2099-01-11', buckets: HORIZON_BUCKETS.map(() => ({ cases: 100, tail: 0.05, low: -0.5, median: 0, high: 1 })) };

const row = (release_date: string, prefecture: string, cards: number): PrefectureHistoryRow => ({ release_date, prefecture, pref_code: prefecture === '北海道' ? 1 : 2, population: 1000, cards, rate: cards / 10, rank: 0, national_rate: 0 });
// Invented: 北海道 gains 10 cards a day, 架空県 20; 10 days later 北海道 is at 400, 架空県 at 500.
const history = [row('2099-01-01', '北海道', 200), row('2099-01-01', '架空県', 300), row('2099-01-11', '北海道', 300), row('2099-01-11', '架空県', 400)];

describe('planImpact', () => {
	it('adds the planned cards to the projection and re-ranks', () => {
		const impact = planImpact(history, '2099-01-11', '2099-01-21', 150, model)!;
		// 北海道's interval: 10 a day over 10 days, −50 / +100 cards.
		expect(impact.without).toEqual({ rate: 40, rank: 2, cards: 400, low: 35, high: 50 });
		expect(impact.with).toEqual({ rate: 55, rank: 1, cards: 550 });
		expect(impact.scenario).toBeNull();
	});
	it('and under a campaign that doubles every prefecture’s pace for the last 5 days', () => {
		// 北海道 300 + 100 + 50 = 450 (+150 planned: 600); 架空県 400 + 100 + 50 = 550.
		const impact = planImpact(history, '2099-01-11', '2099-01-21', 150, model, { start: '2099-01-16', end: '2099-01-31', multiplier: 2 })!;
		expect(impact.scenario).toEqual({ without: { rate: 45, rank: 2, cards: 450, low: 40, high: 55 }, with: { rate: 60, rank: 1, cards: 600 } });
	});
	it('needs a deadline after the release', () => {
		expect(planImpact(history, '2099-01-11', '2099-01-01', 10, model)).toBeNull();
	});
});
