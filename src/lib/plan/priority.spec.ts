import { describe, expect, it } from 'vitest';
import { priorityScores, slowdown } from './priority';

// Invented municipalities.
const rows = [
	{ code6: 'a', name: '甲', bureau: 'X', population: 1000, without_card: 600, gap_national: -10, pace_recent: 1, pace_before: 2 },
	{ code6: 'b', name: '乙', bureau: 'X', population: 4000, without_card: 1200, gap_national: 5, pace_recent: 4, pace_before: 4 },
	{ code6: 'c', name: '丙', bureau: 'Y', population: 2000, without_card: 300, gap_national: -5, pace_recent: null, pace_before: 1 }
];

describe('priorityScores', () => {
	it('shows every component scaled to 0–1 and weights them', () => {
		const [first] = priorityScores(rows, { withoutCard: 1, gapBelowNation: 0, slowdown: 0, size: 0 });
		expect(first.code6).toBe('b');
		expect(first.score).toBe(100);
		const byCode = Object.fromEntries(priorityScores(rows, { withoutCard: 1, gapBelowNation: 1, slowdown: 1, size: 1 }).map((r) => [r.code6, r]));
		expect(byCode.a.components).toEqual({ withoutCard: 0.5, gapBelowNation: 1, slowdown: 0.5, size: 0.25 });
		expect(byCode.a.score).toBeCloseTo(56.25, 9);
		expect(byCode.c.components.slowdown).toBe(0);
	});
	it('re-ranks when the weights change, ties sharing a rank', () => {
		expect(priorityScores(rows, { withoutCard: 0, gapBelowNation: 1, slowdown: 0, size: 0 }).map((r) => r.code6)).toEqual(['a', 'c', 'b']);
		expect(priorityScores(rows, { withoutCard: 0, gapBelowNation: 0, slowdown: 0, size: 0 }).map((r) => r.rank)).toEqual([1, 1, 1]);
	});
	it('measures slowdown as the drop in pace', () => {
		expect(slowdown(1, 4)).toBe(0.75);
		expect(slowdown(5, 4)).toBe(0);
		expect(slowdown(null, 4)).toBe(0);
	});
});
