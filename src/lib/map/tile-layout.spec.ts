import { describe, expect, it } from 'vitest';
import { layoutTiles } from './tile-layout';

describe('layoutTiles', () => {
	it('keeps well-separated points in their own cells', () => {
		expect(layoutTiles([{ id: 'a', x: 10, y: 10 }, { id: 'b', x: 95, y: 12 }], 30)).toEqual([
			{ id: 'a', col: 0, row: 0 },
			{ id: 'b', col: 3, row: 0 }
		]);
	});
	it('never puts two municipalities in one cell, and moves crowded ones only a little', () => {
		const points = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, x: 100 + i, y: 100 }));
		const tiles = layoutTiles(points, 30);
		expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(9);
		for (const t of tiles) expect(Math.max(Math.abs(t.col - 3), Math.abs(t.row - 3))).toBeLessThanOrEqual(2);
	});
	it('returns placements in the input order', () => {
		expect(layoutTiles([{ id: 'z', x: 0, y: 0 }, { id: 'y', x: 300, y: 300 }], 30).map((t) => t.id)).toEqual(['z', 'y']);
	});
});
