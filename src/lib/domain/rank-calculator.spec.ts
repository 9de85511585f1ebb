import { describe, expect, it } from 'vitest';
import { rankOf, requiredCards } from './rank-calculator';

// Invented: A 30 % (focus), B 50 %, C 40 %, D 20 %.
const focus = { prefecture: 'A', population: 1000, cards: 300 };
const others = [
	{ prefecture: 'B', population: 2000, cards: 1000 },
	{ prefecture: 'C', population: 500, cards: 200 },
	{ prefecture: 'D', population: 1500, cards: 300 }
];

describe('requiredCards', () => {
	it('to a target rate', () => {
		expect(requiredCards(focus, others, { kind: 'rate', percent: 35 }, null)).toEqual({ cards: 50, targetRate: 35, cardsPerWeek: null, thresholdRate: 35 });
		expect(requiredCards(focus, others, { kind: 'rate', percent: 25 }, 4).cards).toBe(0);
	});
	it('to the national rate, which moves as the focus gains', () => {
		// Nation 1,800 / 5,000 = 36 %; (300 + x) / 1,000 ≥ (1,800 + x) / 5,000 ⇔ x ≥ 75.
		const r = requiredCards(focus, others, { kind: 'national' }, 10);
		expect(r.cards).toBe(75);
		expect(r.targetRate).toBe(37.5);
		expect(r.cardsPerWeek).toBe(7.5);
	});
	it('to a rank: equal the prefecture now at that rank among the others', () => {
		expect(rankOf(focus, others)).toBe(3);
		expect(requiredCards(focus, others, { kind: 'rank', rank: 2 }, null).cards).toBe(100); // tie with C at 40 %
		expect(requiredCards(focus, others, { kind: 'rank', rank: 1 }, null).cards).toBe(200);
		expect(requiredCards(focus, others, { kind: 'rank', rank: 3 }, null).cards).toBe(0);
		expect(rankOf({ ...focus, cards: 400 }, others)).toBe(2);
	});
});
