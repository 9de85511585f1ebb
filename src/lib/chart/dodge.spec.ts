import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge, spacedTicks } from './dodge';

describe('dodge', () => {
	it('leaves labels that are far enough apart where they are', () => {
		expect(dodge([10, 40, 25], 12)).toEqual([10, 40, 25]);
	});
	it('spreads a cluster evenly around its anchors\' mean', () => {
		expect(dodge([100, 100, 100], 12)).toEqual([88, 100, 112]);
		expect(dodge([100, 109], 12)).toEqual([98.5, 110.5]);
	});
	it('merges clusters that the spreading makes overlap', () => {
		expect(dodge([100, 100, 120, 121], 12)).toEqual([92.25, 104.25, 116.25, 128.25]);
	});
	it('keeps the input order and never leaves two labels closer than the gap', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }), (ys) => {
				const out = dodge(ys, 12);
				const sorted = [...out].sort((a, b) => a - b);
				for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(12 - 1e-9);
				// Order along the axis is kept: a label above another stays above it.
				for (let a = 0; a < ys.length; a++) for (let b = 0; b < ys.length; b++) if (ys[a] < ys[b]) expect(out[a]).toBeLessThan(out[b]);
			})
		);
	});
});

describe('spacedTicks', () => {
	it('drops labels that would crowd the one before', () => {
		const x = new Map([[2017, 0], [2018, 10], [2019, 30], [2020, 45], [2021, 120]]);
		expect(spacedTicks([2017, 2018, 2019, 2020, 2021], (t) => x.get(t)!, 36)).toEqual([2017, 2020, 2021]);
	});
});
