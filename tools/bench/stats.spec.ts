import { describe, expect, it } from 'vitest';
import { quantile, summarize } from './stats';

describe('benchmark statistics', () => {
	it('computes median, p95 and spread', () => {
		expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, median: 3, p95: 4.8, min: 1, max: 5 });
		expect(quantile([10, 20], 0.5)).toBe(15);
		expect(summarize([]).median).toBeNaN();
	});
});
