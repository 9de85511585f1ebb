import { describe, expect, it } from 'vitest';
import { againstBudget, budgetBy, budgetRows, budgetTotalRow, noveltyCost, percentOfBudget, sumLines } from './budget';
import { newEvent, type PlanEvent } from './events';
import { DEFAULT_SUBSIDY_RULE, subsidyRuleProblems, type SubsidyRule } from './subsidy-rule';

// Invented events and rules.
const offsite: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'o1', kind: 'offsite', unitCost: 500, quantity: 150 };
const corporate: PlanEvent = { ...newEvent('012025', '2099-09-05'), id: 'c1', kind: 'corporate', unitCost: 999, quantity: 999 };
const half: SubsidyRule = { sharePercent: 50, capPerItem: null, capPerEvent: null, source: '架空の要綱' };
const bureauOf = (code: string) => (code === '011002' ? '石狩振興局' : '渡島総合振興局');

describe('novelty cost under a subsidy rule', () => {
	it('splits cost into subsidy and local share in whole yen', () => {
		expect(noveltyCost(offsite, half)).toEqual({ total: 75_000, subsidy: 37_500, local: 37_500 });
		// Only off-site desks hand out novelties.
		expect(noveltyCost(corporate, half)).toEqual({ total: 0, subsidy: 0, local: 0 });
	});
	it('rounds the subsidy down to the yen (切り捨て)', () => {
		// 333 × 33 %: 109.89 → 109 (rounding to the nearest would give 110).
		expect(noveltyCost({ kind: 'offsite', unitCost: 333, quantity: 1 }, { ...half, sharePercent: 33 })).toEqual({ total: 333, subsidy: 109, local: 224 });
		expect(noveltyCost({ kind: 'offsite', unitCost: 1, quantity: 1 }, { ...half, sharePercent: 99 })).toEqual({ total: 1, subsidy: 0, local: 1 });
	});
	it('caps the unit cost counted per item, then the subsidy per event', () => {
		// 1,200 yen novelties, at most 1,000 yen each counted, 50 %: 1,000 × 10 × 0.5.
		expect(noveltyCost({ kind: 'offsite', unitCost: 1_200, quantity: 10 }, { ...half, capPerItem: 1_000 })).toEqual({ total: 12_000, subsidy: 5_000, local: 7_000 });
		// Cheaper than the cap: the real unit cost counts.
		expect(noveltyCost({ kind: 'offsite', unitCost: 800, quantity: 10 }, { ...half, capPerItem: 1_000 })).toEqual({ total: 8_000, subsidy: 4_000, local: 4_000 });
		// Both caps: 1,000 × 100 × 100 % = 100,000, capped at 30,000 per event.
		expect(noveltyCost({ kind: 'offsite', unitCost: 1_200, quantity: 100 }, { sharePercent: 100, capPerItem: 1_000, capPerEvent: 30_000, source: '' })).toEqual({ total: 120_000, subsidy: 30_000, local: 90_000 });
		expect(noveltyCost({ kind: 'offsite', unitCost: 500, quantity: 10 }, { ...half, capPerEvent: 0 })).toEqual({ total: 5_000, subsidy: 0, local: 5_000 });
	});
	it('stays exact beyond 2^53 in the intermediate product', () => {
		// 100,000,000 yen × 10,000,000 × 77 % would lose yen in floating point.
		const cost = noveltyCost({ kind: 'offsite', unitCost: 100_000_000, quantity: 10_000_000 }, { ...half, sharePercent: 77 });
		expect(cost).toEqual({ total: 1_000_000_000_000_000, subsidy: 770_000_000_000_000, local: 230_000_000_000_000 });
	});
});

describe('totals per bureau and municipality against the budget', () => {
	it('adds up by key, largest first, and warns when over', () => {
		const lines = budgetBy([offsite, { ...offsite, id: 'o2', quantity: 10 }, { ...offsite, id: 'o3', code6: '012025', quantity: 1 }, corporate], (e) => bureauOf(e.code6), half);
		expect(lines).toEqual([
			{ key: '石狩振興局', total: 80_000, subsidy: 40_000, local: 40_000, events: 2 },
			{ key: '渡島総合振興局', total: 500, subsidy: 250, local: 250, events: 1 }
		]);
		expect(sumLines(lines)).toEqual({ total: 80_500, subsidy: 40_250, local: 40_250 });
		expect(againstBudget(80_500, 80_000)).toEqual({ left: 0, over: 500 });
		expect(againstBudget(80_500, 80_500)).toEqual({ left: 0, over: 0 });
		expect(againstBudget(80_500, null)).toBeNull();
		expect(percentOfBudget(80_500, 80_000)).toBe(101);
		expect(percentOfBudget(500, 0)).toBeNull();
	});
});

describe('the subsidy rule is data', () => {
	it('has a default with its source note, and checks what is typed', () => {
		expect(DEFAULT_SUBSIDY_RULE.sharePercent).toBe(50);
		expect(DEFAULT_SUBSIDY_RULE.source).toContain('交付要綱');
		expect(subsidyRuleProblems(half)).toEqual([]);
		expect(subsidyRuleProblems({ ...half, sharePercent: 0.5 })).toEqual(['sharePercent（補助率 %）: 0〜100 の整数（%）が必要です']);
		expect(subsidyRuleProblems({ ...half, capPerItem: -1, capPerEvent: 1e999 })).toHaveLength(2);
		expect(subsidyRuleProblems({ ...half, source: undefined })).toEqual(['source（根拠）: 500 文字以内の文字列が必要です']);
		expect(subsidyRuleProblems(null)).toEqual(['補助の決まり（オブジェクト）ではありません']);
	});
});

describe('予算比: each bureau against its own budget', () => {
	const otherOffsite: PlanEvent = { ...offsite, id: 'o2', code6: '012025', unitCost: 1000, quantity: 100 };
	const budgets = new Map([['石狩振興局', 150_000], ['渡島総合振興局', 50_000]]);
	const rows = budgetRows([offsite, otherOffsite], (e) => bureauOf(e.code6), (e) => bureauOf(e.code6), half, (b) => budgets.get(b) ?? null);
	it('divides a bureau\'s cost by that bureau\'s budget, not by the sum', () => {
		expect(rows.map((r) => [r.key, r.total, r.budget, r.percent])).toEqual([
			['渡島総合振興局', 100_000, 50_000, 200],
			['石狩振興局', 75_000, 150_000, 50]
		]);
	});
	it('adds a total line: total cost over total budget', () => {
		expect(budgetTotalRow(rows, '合計', 200_000)).toMatchObject({ key: '合計', total: 175_000, events: 2, budget: 200_000, percent: 88 });
	});
	it('shows no ratio for a bureau without a budget', () => {
		expect(budgetRows([offsite], (e) => e.code6, (e) => bureauOf(e.code6), half, () => null)[0].percent).toBeNull();
	});
});
