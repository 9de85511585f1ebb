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

describe('layoutTiles for a scattered prefecture', () => {
	it('packs a crowded centre and keeps far islands in cells by their own positions', () => {
		// 30 points crowded around (300, 300) and three islands far apart.
		const crowd = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, x: 300 + (i % 6) * 12, y: 300 + Math.floor(i / 6) * 12 }));
		const islands = [
			{ id: 'south', x: 310, y: 900 },
			{ id: 'west', x: -400, y: 320 },
			{ id: 'far', x: 1500, y: 1500 }
		];
		const tiles = layoutTiles([...crowd, ...islands], 30);
		expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(33);
		expect(tiles.slice(30)).toEqual([
			{ id: 'south', col: 10, row: 30 },
			{ id: 'west', col: -13, row: 11 },
			{ id: 'far', col: 50, row: 50 }
		]);
		// 30 tiles around cell (11, 11): within a 7 × 7 block, as packed as squares allow.
		for (const t of tiles.slice(0, 30)) expect(Math.max(Math.abs(t.col - 11), Math.abs(t.row - 11))).toBeLessThanOrEqual(3);
	});
});
