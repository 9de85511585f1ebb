import { describe, expect, it } from 'vitest';
import { fanBandPath, linePath } from './fan';

describe('fanBandPath', () => {
	it('goes out along the high bound and back along the low one', () => {
		expect(fanBandPath([{ x: 0, low: 50, mid: 50, high: 50 }, { x: 10, low: 60, mid: 45, high: 30 }])).toBe('M0.0,50.0L10.0,30.0L10.0,60.0L0.0,50.0Z');
		expect(fanBandPath([])).toBe('');
	});
});

describe('linePath', () => {
	it('joins the points', () => {
		expect(linePath([{ x: 1, y: 2 }, { x: 3.25, y: 4 }])).toBe('M1.0,2.0L3.3,4.0');
	});
});
