import { describe, expect, it } from 'vitest';
import { stackDots } from './dot-stack';

describe('stackDots', () => {
	it('stacks each value in its bin, in the order given', () => {
		const s = stackDots([41.2, 41.9, 38.5, 41.0, 45.3], 1);
		expect([...s.bin]).toEqual([41, 41, 38, 41, 45]);
		expect([...s.level]).toEqual([0, 1, 0, 2, 0]);
		expect(s.maxStack).toBe(3);
		expect([s.min, s.max]).toEqual([38.5, 45.3]);
	});
	it('uses the bin width given', () => {
		expect([...stackDots([0, 4.9, 5, 12], 5).bin]).toEqual([0, 0, 1, 2]);
		expect([...stackDots([0, 4.9, 5, 12], 5).level]).toEqual([0, 1, 0, 0]);
	});
	it('reads typed arrays and leaves out values that are not finite numbers', () => {
		const s = stackDots(new Float64Array([10.5, NaN, Infinity, 10.1, -Infinity]), 1);
		expect([...s.level]).toEqual([0, -1, -1, 1, -1]);
		expect([s.min, s.max, s.maxStack]).toEqual([10.1, 10.5, 2]);
	});
	it('has no stacks and no extent for no values', () => {
		const s = stackDots([], 1);
		expect(s.bin.length).toBe(0);
		expect(s.maxStack).toBe(1);
		expect(s.min).toBeNaN();
		expect(s.max).toBeNaN();
	});
	it('stacks 174,100 values without an object per value', () => {
		const values = Float64Array.from({ length: 174_100 }, (_, i) => 20 + (i % 6000) / 100);
		const s = stackDots(values, 1);
		// 60 one-point bins of 100 values per 6,000; the last 100 values fall in the first bin: 3,000 there, 2,900 in the others.
		expect(s.maxStack).toBe(3000);
		expect(s.level[values.length - 1]).toBe(2999);
		expect(s.level[6000 * 29 - 1]).toBe(2899);
	});
});
