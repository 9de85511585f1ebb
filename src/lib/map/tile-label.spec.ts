import { describe, expect, it } from 'vitest';
import { meetScale, tileLabelSize } from './tile-label';

describe('tileLabelSize', () => {
	it('renders at 11 px on screen at any scale where two characters fit', () => {
		expect(tileLabelSize(1, 28)).toBe(11);
		expect(tileLabelSize(2, 28)).toBe(5.5);
		expect(tileLabelSize(0.9, 28)! * 0.9).toBeCloseTo(11, 1);
	});
	it('leaves the labels out when the map is too small for them (a phone)', () => {
		expect(tileLabelSize(0.44, 28)).toBeNull();
		expect(tileLabelSize(0.84, 28)).toBeNull(); // 13.1 units × 2 > 26
		expect(tileLabelSize(0.85, 28)).not.toBeNull();
	});
	it('shows nothing before the map has been measured', () => {
		expect(tileLabelSize(0, 28)).toBeNull();
		expect(tileLabelSize(NaN, 28)).toBeNull();
	});
});

describe('meetScale', () => {
	it('is the smaller of the two ratios', () => {
		expect(meetScale(400, 1000, 800, 640)).toBe(0.5);
		expect(meetScale(1600, 640, 800, 640)).toBe(1);
		expect(meetScale(100, 100, 0, 640)).toBe(0);
	});
});
