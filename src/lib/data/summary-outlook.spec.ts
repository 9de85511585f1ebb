import { describe, expect, it } from 'vitest';
import { fanDates, nationalRateOf } from './summary-outlook';

describe('fanDates', () => {
	it('steps from the release to the last deadline and keeps every deadline', () => {
		expect(fanDates('2022-06-30', '2022-09-30', ['2022-09-30'], 30)).toEqual(['2022-07-30', '2022-08-29', '2022-09-28', '2022-09-30']);
		expect(fanDates('2022-06-30', '2022-08-01', ['2022-07-15', '2022-08-01', '2022-06-30'], 14)).toEqual(['2022-07-14', '2022-07-15', '2022-07-28', '2022-08-01']);
	});
});

describe('nationalRateOf', () => {
	it('is all cards over all people, not an average of rates', () => {
		expect(nationalRateOf([{ cards: 10, population: 100 }, { cards: 90, population: 100 }])).toBe(50);
		expect(nationalRateOf([{ cards: 1, population: 10 }, { cards: 90, population: 90 }])).toBe(91);
	});
});

import { outlookFan, outlookRows } from './summary-outlook';
import { projectPrefectures } from './what-it-takes';
import { prefectureIntervalModel } from './prefecture-history';
import { deadlinesAfter } from '../domain/deadlines';
import type { PrefectureHistoryRow } from '../sql/queries';

// Invented: three prefectures over six releases, each growing at its own steady pace.
const RELEASES = ['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30', '2022-05-31', '2022-06-30'];
const INVENTED = [
	{ prefecture: '甲県', pref_code: 1, population: 1_000_000, start: 300_000, perRelease: 10_000 },
	{ prefecture: '乙県', pref_code: 2, population: 2_000_000, start: 700_000, perRelease: 30_000 },
	{ prefecture: '丙県', pref_code: 3, population: 500_000, start: 200_000, perRelease: 2_000 }
];
function inventedHistory(): PrefectureHistoryRow[] {
	return RELEASES.flatMap((release_date, k) => {
		const rows = INVENTED.map((p) => ({ release_date, prefecture: p.prefecture, pref_code: p.pref_code, population: p.population, cards: p.start + k * p.perRelease }));
		const national = (100 * rows.reduce((s, r) => s + r.cards, 0)) / rows.reduce((s, r) => s + r.population, 0);
		const withRate = rows.map((r) => ({ ...r, rate: (100 * r.cards) / r.population }));
		return withRate.map((r) => ({ ...r, rank: 1 + withRate.filter((o) => o.rate > r.rate).length, national_rate: national }));
	});
}

describe('outlookFan and outlookRows (invented history)', () => {
	const history = inventedHistory();
	const deadlines = deadlinesAfter('2022-06-30');
	const model = prefectureIntervalModel(history, '2022-06-30');
	it('starts at the release, closed (low = rate = high), and ends at the last deadline', () => {
		const fan = outlookFan(history, '2022-06-30', '甲県', deadlines, model);
		expect(fan[0]).toEqual({ date: '2022-06-30', rate: 35, low: 35, high: 35, national: (100 * (350_000 + 850_000 + 210_000)) / 3_500_000, rank: 3, rankLow: 3, rankHigh: 3 });
		expect(fan.at(-1)!.date).toBe('2023-03-31');
		for (const d of deadlines) expect(fan.some((p) => p.date === d.date)).toBe(true);
		for (let k = 1; k < fan.length; k++) {
			expect(fan[k].date > fan[k - 1].date).toBe(true);
			expect(fan[k].low).toBeLessThanOrEqual(fan[k].rate);
			expect(fan[k].rate).toBeLessThanOrEqual(fan[k].high);
			expect(fan[k].rate).toBeGreaterThanOrEqual(fan[k - 1].rate);
		}
	});
	it('gives each deadline the same figures as the one projection (npm run project, 全国比較)', () => {
		const rows = outlookRows(history, '2022-06-30', '甲県', deadlines, model, null);
		expect(rows.map((r) => r.deadline.label)).toEqual(['9月末', '年末', '年度末']);
		for (const r of rows) {
			const all = projectPrefectures(history, '2022-06-30', r.date, model);
			const me = all.find((p) => p.prefecture === '甲県')!;
			expect([r.rate, r.low, r.high, r.rank]).toEqual([me.projection.rate, me.projection.low, me.projection.high, me.rank]);
			expect(r.national).toBe(nationalRateOf(all.map((p) => ({ cards: p.cards, population: p.population }))));
			expect(r.scenario).toBeNull();
		}
		// 甲県 (35 %, +1 point a month) does not catch 丙県 (42 %, +0.4) before 2023-03-31: third throughout.
		expect(rows.map((r) => r.rank)).toEqual([3, 3, 3]);
		expect(rows[2].rate).toBeGreaterThan(rows[0].rate);
	});
	it('adds the scenario beside each deadline when one is set', () => {
		const rows = outlookRows(history, '2022-06-30', '甲県', deadlines, model, { start: '2022-07-01', end: '2022-09-30', multiplier: 2 });
		for (const r of rows) expect(r.scenario!.rate).toBeGreaterThan(r.rate);
	});
});
