import { describe, expect, it } from 'vitest';
import { boxGap, clusterIslands, linkGroups, type Box, type LandPiece } from './island-clusters';

const piece = (owner: string, x: number, y: number, size: number): LandPiece => ({ owner, box: [x, y, x + size, y + size], area: size * size });

describe('boxGap and linkGroups', () => {
	it('measures the sea between boxes, zero when they touch or overlap', () => {
		expect(boxGap([0, 0, 10, 10], [13, 14, 20, 20])).toBe(5);
		expect(boxGap([0, 0, 10, 10], [10, 0, 20, 10])).toBe(0);
		expect(boxGap([0, 0, 10, 10], [5, 5, 20, 20])).toBe(0);
	});

	it('links boxes in chains (single linkage), each index in one group', () => {
		const boxes: Box[] = [
			[0, 0, 1, 1],
			[3, 0, 4, 1],
			[6, 0, 7, 1],
			[20, 0, 21, 1]
		];
		expect(linkGroups(boxes, 2)).toEqual([[0, 1, 2], [3]]);
		expect(linkGroups(boxes, 1)).toEqual([[0], [1], [2], [3]]);
	});
});

describe('clusterIslands', () => {
	// A main body 100 km across of four towns, an island 10 km off its coast, and far away a chain and a lone island.
	const mainland = [piece('a', 0, 0, 50), piece('b', 50, 0, 50), piece('c', 0, 50, 50), piece('d', 50, 50, 50)];

	it('keeps a near island in the main frame and puts far groups in insets', () => {
		const pieces = [...mainland, piece('e', 110, 0, 5), piece('f', 0, 400, 5), piece('g', 0, 430, 5), piece('h', 900, 0, 5)];
		expect(clusterIslands(pieces)).toEqual({ main: [0, 1, 2, 3, 4], insets: [[5, 6], [7]], omitted: [] });
	});

	it('puts far groups within reach of each other in one inset (a chain), apart from a group far from them', () => {
		// f and g are 60 km apart: beyond the link (25 km) but within the inset reach (1.2 × 141 km).
		const pieces = [...mainland, piece('f', 0, 400, 5), piece('g', 0, 465, 5), piece('h', 900, 0, 5)];
		expect(clusterIslands(pieces).insets).toEqual([[4, 5], [6]]);
	});

	it('leaves out a far sliver of a municipality drawn elsewhere, and land of no municipality far away', () => {
		const pieces = [...mainland, piece('a', 0, 700, 3), piece('', 700, 700, 4), piece('f', 0, 400, 5)];
		expect(clusterIslands(pieces)).toEqual({ main: [0, 1, 2, 3], insets: [[6]], omitted: [4, 5] });
	});

	it('leaves out an inset holding only the smaller share of a municipality whose home inset is elsewhere', () => {
		// f has 25 + 16 km² in one inset and 20 km² (a third) in another, far from it.
		const pieces = [...mainland, piece('f', 0, 400, 5), piece('f', 0, 420, 4), piece('f', 900, 900, Math.sqrt(20))];
		expect(clusterIslands(pieces)).toEqual({ main: [0, 1, 2, 3], insets: [[4, 5]], omitted: [6] });
	});

	it('returns nothing for nothing', () => {
		expect(clusterIslands([])).toEqual({ main: [], insets: [], omitted: [] });
	});
});
