import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leaderPath, placeEndLabels } from './end-labels';

describe('placeEndLabels', () => {
	it('leaves labels far enough apart beside their lines, without leaders', () => {
		expect(placeEndLabels([20, 60, 40], 13, 0, 100)).toEqual([
			{ anchor: 20, y: 20, leader: false },
			{ anchor: 60, y: 60, leader: false },
			{ anchor: 40, y: 40, leader: false }
		]);
	});
	it('spreads tied ranks around their line and marks the moved ones for a leader', () => {
		expect(placeEndLabels([50, 50, 50], 13, 0, 100).map((l) => [l.y, l.leader])).toEqual([
			[37, true],
			[50, false],
			[63, true]
		]);
	});
	it('pulls a cluster at the top edge inside the chart', () => {
		expect(placeEndLabels([2, 3, 4], 13, 10, 200).map((l) => l.y)).toEqual([10, 23, 36]);
	});
	it('pulls a cluster at the bottom edge inside the chart', () => {
		expect(placeEndLabels([199, 199], 13, 10, 200).map((l) => l.y)).toEqual([187, 200]);
	});
	it('keeps them apart even when there is not room for all (they run past the bottom)', () => {
		expect(placeEndLabels([5, 5, 5, 5], 13, 0, 20).map((l) => l.y)).toEqual([0, 13, 26, 39]);
	});
	it('bump chart: five prefectures at the bottom ranks, two pairs tied, 6 px per rank, stay inside and apart', () => {
		const rankY = (rank: number) => 12 + (rank - 1) * 6; // ranks 1–47 over 276 px
		const out = placeEndLabels([45, 46, 46, 47, 47].map(rankY), 13, 12, rankY(47));
		expect(out.map((l) => l.y)).toEqual([236, 249, 262, 275, 288]);
		expect(out.map((l) => l.leader)).toEqual([true, true, true, true, false]);
	});
	it('for any anchors: no overlap, order kept, inside the bounds when they fit, leader exactly when moved', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -50, max: 400, noNaN: true }), { maxLength: 12 }), fc.integer({ min: 8, max: 20 }), (anchors, gap) => {
				const top = 0;
				const bottom = 300;
				const out = placeEndLabels(anchors, gap, top, bottom);
				const ys = out.map((l) => l.y).sort((a, b) => a - b);
				for (let k = 1; k < ys.length; k++) expect(ys[k] - ys[k - 1]).toBeGreaterThanOrEqual(gap - 1e-9);
				for (let a = 0; a < anchors.length; a++)
					for (let b = 0; b < anchors.length; b++) if (anchors[a] < anchors[b]) expect(out[a].y).toBeLessThan(out[b].y);
				if ((anchors.length - 1) * gap <= bottom - top) for (const l of out) expect(l.y >= top - 1e-9 && l.y <= bottom + 1e-9).toBe(true);
				for (const l of out) expect(l.leader).toBe(Math.abs(l.y - l.anchor) > 2);
			})
		);
	});
});

describe('leaderPath', () => {
	it('runs level from the line end, then bends to the label', () => {
		expect(leaderPath(100, 110, { anchor: 50, y: 63, leader: true })).toBe('M100.0,50.0L104.0,50.0L110.0,63.0');
	});
});
