import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { referenceLineSegments, valueLabelX } from './reference-line';
import { labelLineHeight, textBox, textWidth } from './text-width';
import { utcDate, yearStarts } from './time-axis';

describe('referenceLineSegments', () => {
	it('is one piece when nothing is in the way', () => {
		expect(referenceLineSegments(100, 10, 200, [{ x0: 0, x1: 50, y0: 20, y1: 30 }])).toEqual([[10, 200]]);
	});
	it('stops short of a label it would cross, by the padding', () => {
		expect(referenceLineSegments(100, 10, 200, [{ x0: 90, x1: 130, y0: 40, y1: 51 }], 2)).toEqual([
			[10, 38],
			[53, 200]
		]);
	});
	it('merges overlapping labels and drops empty pieces at the ends', () => {
		expect(
			referenceLineSegments(100, 10, 100, [
				{ x0: 95, x1: 120, y0: 60, y1: 80 },
				{ x0: 95, x1: 120, y0: 5, y1: 20 },
				{ x0: 95, x1: 120, y0: 70, y1: 110 }
			], 0)
		).toEqual([[20, 60]]);
	});
	it('never crosses any box, for any boxes', () => {
		const box = fc.record({ x0: fc.integer({ min: 0, max: 200 }), w: fc.integer({ min: 1, max: 60 }), y0: fc.integer({ min: 0, max: 300 }), h: fc.integer({ min: 1, max: 20 }) });
		fc.assert(
			fc.property(fc.array(box, { maxLength: 20 }), fc.integer({ min: 0, max: 260 }), (raw, x) => {
				const boxes = raw.map((b) => ({ x0: b.x0, x1: b.x0 + b.w, y0: b.y0, y1: b.y0 + b.h }));
				for (const [a, b] of referenceLineSegments(x, 0, 320, boxes, 1)) {
					expect(b).toBeGreaterThan(a);
					for (const bx of boxes) if (bx.x0 - 1 <= x && x <= bx.x1 + 1) expect(b <= bx.y0 - 1 || a >= bx.y1 + 1).toBe(true);
				}
			})
		);
	});
});

describe('valueLabelX', () => {
	it('puts the label just past the bar when the line is clear of it', () => {
		expect(valueLabelX(100, 30, 200)).toBe(103);
		expect(valueLabelX(100, 30, 90)).toBe(103);
	});
	it('moves the label past the line when the line would run through it', () => {
		expect(valueLabelX(100, 30, 120)).toBe(124);
		expect(valueLabelX(100, 30, 102.5)).toBe(106.5);
		expect(valueLabelX(100, 30, 134)).toBe(138);
	});
	it('never leaves the line inside the label, for any bar and line', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true }), (bar, w, line) => {
				const x = valueLabelX(bar, w, line);
				expect(line < x - 1 || line > x + w + 1).toBe(true);
				expect(x).toBeGreaterThan(bar);
			})
		);
	});
});

describe('textWidth', () => {
	it('counts full-width characters as one em and ASCII narrower', () => {
		expect(textWidth('北海道', 11)).toBe(33);
		expect(textWidth('42.1%', 10)).toBeCloseTo(4 * 6.2 + 9, 9);
	});
});

describe('textBox and labelLineHeight', () => {
	it('spans the glyphs above and below the baseline', () => {
		expect(textBox(10, 100, '北海道', 10)).toEqual({ x0: 10, x1: 40, y0: 88.4, y1: 102.9 });
	});
	it('keeps stacked 11 px labels 16 px apart and 12 px labels 18 px apart', () => {
		expect(labelLineHeight(11)).toBe(16);
		expect(labelLineHeight(12)).toBe(18);
	});
});

describe('yearStarts', () => {
	it('lists 1 January of each year inside the span', () => {
		expect(yearStarts(utcDate('2017-03-08'), utcDate('2019-01-01')).map((d) => d.toISOString().slice(0, 10))).toEqual(['2018-01-01', '2019-01-01']);
		expect(yearStarts(utcDate('2022-02-01'), utcDate('2022-06-30'))).toEqual([]);
	});
});
