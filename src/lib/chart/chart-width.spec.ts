import { describe, expect, it } from 'vitest';
import { chartWidth } from './chart-width';

describe('chartWidth', () => {
	it('is the measured width, in whole pixels', () => {
		expect(chartWidth(358.6, 720)).toBe(358);
		expect(chartWidth(1200, 720)).toBe(1200);
	});
	it('falls back before the chart is measured', () => {
		expect(chartWidth(0, 720)).toBe(720);
		expect(chartWidth(NaN, 560)).toBe(560);
	});
	it('never goes below the minimum (the SVG then scales down a little)', () => {
		expect(chartWidth(200, 720)).toBe(280);
		expect(chartWidth(200, 720, 150)).toBe(200);
	});
});
