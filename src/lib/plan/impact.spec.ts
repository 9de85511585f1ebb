import { describe, expect, it } from 'vitest';
import { planImpact } from './impact';
import type { PrefectureHistoryRow } from '../sql/queries';

const row = (release_date: string, prefecture: string, cards: number): PrefectureHistoryRow => ({ release_date, prefecture, pref_code: prefecture === '北海道' ? 1 : 2, population: 1000, cards, rate: cards / 10, rank: 0, national_rate: 0 });
// Invented: 北海道 gains 10 cards a day, 架空県 20; 10 days later 北海道 is at 400, 架空県 at 500.
const history = [row('2099-01-01', '北海道', 200), row('2099-01-01', '架空県', 300), row('2099-01-11', '北海道', 300), row('2099-01-11', '架空県', 400)];

describe('planImpact', () => {
	it('adds the planned cards to the projection and re-ranks', () => {
		const impact = planImpact(history, '2099-01-11', '2099-01-21', 150, 0.5)!;
		expect(impact.without).toEqual({ rate: 40, rank: 2, cards: 400 });
		expect(impact.with).toEqual({ rate: 55, rank: 1, cards: 550 });
	});
	it('needs a deadline after the release', () => {
		expect(planImpact(history, '2099-01-11', '2099-01-01', 10, 0.5)).toBeNull();
	});
});
