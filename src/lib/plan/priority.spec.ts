import { describe, expect, it } from 'vitest';
import { DEFAULT_LENS_WEIGHTS, formatPeople, rankLens, slowdown, type PriorityInput } from './priority';

// Invented municipalities: a big city above the national rate, a mid town far below, a small village below, a town just above.
const city: PriorityInput = { code6: '000001', name: '架空市', bureau: 'X', population: 2_000_000, without_card: 1_120_000, gap_national: 2.5, pace_recent: 100, pace_before: 100 };
const town: PriorityInput = { code6: '000002', name: '甲町', bureau: 'X', population: 20_000, without_card: 14_000, gap_national: -12.3, pace_recent: 1, pace_before: 2 };
const village: PriorityInput = { code6: '000003', name: '乙村', bureau: 'Y', population: 1_000, without_card: 560, gap_national: -4, pace_recent: null, pace_before: 1 };
const above: PriorityInput = { code6: '000004', name: '丙町', bureau: 'Y', population: 5_000, without_card: 2_500, gap_national: 0.4, pace_recent: 0, pace_before: 5 };
const rows = [city, town, village, above];

describe('corporate lens: where most people without a card live and work', () => {
	it('puts the most people without a card first, with every part and the reason', () => {
		const ranked = rankLens(rows, 'corporate', DEFAULT_LENS_WEIGHTS.corporate);
		expect(ranked.map((r) => r.code6)).toEqual(['000001', '000002', '000004', '000003']);
		const [first, second] = ranked;
		expect(first.parts).toEqual({ withoutCard: 1, size: 1, employees: 0 });
		// (3 × 1 + 1 × 1 + 1 × 0) / 5 × 100
		expect(first.score).toBe(80);
		expect(second.parts.withoutCard).toBeCloseTo(14_000 / 1_120_000, 12);
		expect(first.reason).toBe('未取得 約112万人（この中で1位）');
		expect(second.reason).toBe('未取得 約1.4万人（この中で2位）');
	});
	it('adds the employees registered in the company list and says so', () => {
		const ranked = rankLens(rows, 'corporate', { withoutCard: 0, size: 0, employees: 1 }, { employees: new Map([['000003', 1500]]) });
		expect(ranked[0].code6).toBe('000003');
		expect(ranked[0].score).toBe(100);
		expect(ranked[0].reason).toBe('未取得 560人（この中で4位）、登録企業の従業員 1,500人');
		// Everyone else ties at 0 and shares rank 2.
		expect(ranked.slice(1).map((r) => r.rank)).toEqual([2, 2, 2]);
	});
	it('ranks 道内 against all of Hokkaido when given one bureau', () => {
		const [first] = rankLens([village, above], 'corporate', DEFAULT_LENS_WEIGHTS.corporate, { hokkaido: rows });
		expect(first.reason).toBe('未取得 2,500人（道内3位）');
	});
	it("names the prefecture's own word for another prefecture (県内, 都内)", () => {
		expect(rankLens([village, above], 'corporate', DEFAULT_LENS_WEIGHTS.corporate, { hokkaido: rows, prefecture: '長野県' })[0].reason).toBe('未取得 2,500人（県内3位）');
		expect(rankLens([village, above], 'corporate', DEFAULT_LENS_WEIGHTS.corporate, { hokkaido: rows, prefecture: '東京都' })[0].reason).toBe('未取得 2,500人（都内3位）');
	});
});

describe('off-site lens: where the rate lags the national rate most', () => {
	it('never puts a place above the national rate at the top, whatever its size or slowdown', () => {
		const ranked = rankLens(rows, 'offsite', DEFAULT_LENS_WEIGHTS.offsite);
		expect(ranked.map((r) => r.code6)).toEqual(['000002', '000003', '000004', '000001']);
		expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
		const [first, second, third, fourth] = ranked;
		expect(first.parts).toEqual({ gapBelowNation: 1, slowdown: 0.5 });
		// (3 × 1 + 1 × 0.5) / 4 × 100
		expect(first.score).toBe(87.5);
		expect(first.reason).toBe('全国より12.3ポイント低い、伸びが50%鈍化');
		expect(second.score).toBeCloseTo((100 * 3 * (4 / 12.3)) / 4, 12);
		expect(second.reason).toBe('全国より4.0ポイント低い');
		// 丙町 stopped growing (slowdown 1) but is above the nation: 0 points, after every lagging place.
		expect(third.parts.slowdown).toBe(1);
		expect(third.score).toBe(0);
		expect(third.reason).toBe('全国より0.4ポイント高い（優先外）');
		expect(fourth.reason).toBe('全国より2.5ポイント高い（優先外）');
	});
	it('keeps the lagging places first even when only slowdown is weighted', () => {
		const ranked = rankLens(rows, 'offsite', { gapBelowNation: 0, slowdown: 1 });
		expect(ranked.slice(0, 2).map((r) => r.code6).sort()).toEqual(['000002', '000003']);
		expect(ranked[0].code6).toBe('000002');
	});
});

describe('parts', () => {
	it('measures slowdown as the drop in pace', () => {
		expect(slowdown(1, 4)).toBe(0.75);
		expect(slowdown(5, 4)).toBe(0);
		expect(slowdown(null, 4)).toBe(0);
	});
	it('writes people as a reader says them', () => {
		expect(formatPeople(1_123_456)).toBe('約112万人');
		expect(formatPeople(23_456)).toBe('約2.3万人');
		expect(formatPeople(1_234)).toBe('1,234人');
	});
});
