import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { prefectureShapes, boxAround, fullBox, mapBox, noDataLegendLabel, MIN_VISIBLE, type Box, type PrefectureShapes } from './prefecture-shapes';
import { hokkaidoShapes } from './hokkaido-shapes';
import { INVENTED_PREFECTURES, inventedTopology } from '../../../tests/support/invented-topology';

const inside = (b: Box, f: { x: number; y: number; width: number; height: number }) => b[0] >= f.x && b[1] >= f.y && b[2] <= f.x + f.width && b[3] <= f.y + f.height;
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const frameBox = (f: { x: number; y: number; width: number; height: number }): Box => [f.x, f.y, f.x + f.width, f.y + f.height];
const shapesOf = (key: string) => prefectureShapes(inventedTopology(INVENTED_PREFECTURES[key]), key);

/** Every municipality is drawn inside the map and either inside one inset or clear of all of them. */
function expectFramesHold(shapes: PrefectureShapes) {
	for (const [i, a] of shapes.insets.entries()) for (const b of shapes.insets.slice(i + 1)) expect(overlaps(frameBox(a), frameBox(b))).toBe(false);
	for (const m of shapes.municipalities) {
		expect(m.bounds[0]).toBeGreaterThanOrEqual(0);
		expect(m.bounds[2]).toBeLessThanOrEqual(shapes.width);
		expect(m.bounds[3]).toBeLessThanOrEqual(shapes.height);
		const holders = shapes.insets.filter((f) => inside(m.bounds, f));
		const touched = shapes.insets.filter((f) => overlaps(m.bounds, frameBox(f)));
		// In one inset and touching no other, or in the main frame and touching none.
		expect(holders.length === 1 ? touched : [], m.name).toEqual(touched);
		const big = m.bounds[2] - m.bounds[0] >= MIN_VISIBLE || m.bounds[3] - m.bounds[1] >= MIN_VISIBLE;
		expect(big || m.marker != null, m.name).toBe(true);
	}
}

describe('prefectureShapes', () => {
	it('draws a prefecture of one body in the whole map, without insets', () => {
		const shapes = shapesOf('naganoLike');
		expect(shapes.insets).toEqual([]);
		expect(shapes.omitted).toEqual([]);
		expect(shapes.municipalities).toHaveLength(9);
		const [x0, y0, x1, y1] = fullBox(shapes, 0);
		// Fitted to the map less its 8-unit padding on the limiting side.
		expect(Math.min(x0, y0)).toBeCloseTo(8, 0);
		expect(Math.max(x1 - 792, y1 - 632)).toBeCloseTo(0, 0);
	});

	it('puts far islands south of the main body in insets, leaves out a remote rock, and marks an island too small to see', () => {
		const shapes = shapesOf('tokyoLike');
		expect(shapes.insets.map((f) => f.label)).toEqual(['南島町・北島町ほか2', '遠島村']);
		expect(shapes.omitted).toEqual([{ code6: '991050', name: '遠島村' }]);
		expect(shapes.municipalities.find((m) => m.name === '果島村')!.marker).toEqual({ x: expect.any(Number), y: expect.any(Number), r: 5 });
		expect(shapes.municipalities.find((m) => m.name === '甲区')).not.toHaveProperty('marker');
		expectFramesHold(shapes);
	});

	it('keeps the main body large: it spans most of the map beside the strip of insets', () => {
		for (const key of ['tokyoLike', 'kagoshimaLike', 'okinawaLike']) {
			const shapes = shapesOf(key);
			const inMain = shapes.municipalities.filter((m) => !shapes.insets.some((f) => inside(m.bounds, f)));
			const [x0, y0, x1, y1] = [Math.min(...inMain.map((m) => m.bounds[0])), Math.min(...inMain.map((m) => m.bounds[1])), Math.max(...inMain.map((m) => m.bounds[2])), Math.max(...inMain.map((m) => m.bounds[3]))];
			expect(Math.max((x1 - x0) / shapes.width, (y1 - y0) / shapes.height), key).toBeGreaterThan(0.55);
			expectFramesHold(shapes);
		}
	});

	it('gives a chain of islands one inset and far groups west and east their own', () => {
		expect(shapesOf('kagoshimaLike').insets.map((f) => f.label)).toEqual(['大島市・徳島町ほか2']);
		expect(shapesOf('okinawaLike').insets.map((f) => f.label)).toEqual(['石島市・宮島市ほか1', '東島村・北東島村']);
	});

	it('draws the lines between regions only when given regions, and only between different ones', () => {
		// Two square towns sharing one edge (arc 1), west and east.
		const topology = {
			type: 'Topology',
			arcs: [
				[[140, 43], [140, 44], [141, 44]],
				[[141, 44], [141, 43]],
				[[141, 43], [140, 43]],
				[[141, 44], [142, 44], [142, 43], [141, 43]]
			],
			objects: {
				municipalities: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Polygon', arcs: [[0, 1, 2]], properties: { code5: '99101', code6: '991015', name: '西町', bureau: '', hasData: true } },
						{ type: 'Polygon', arcs: [[-2, 3]], properties: { code5: '99102', code6: '991023', name: '東町', bureau: '', hasData: true } }
					]
				}
			}
		} as unknown as Topology;
		expect(prefectureShapes(topology, '架空県').regionOutline).toBe('');
		expect(prefectureShapes(topology, '架空県', { regionOf: () => '同じ地域' }).regionOutline).toBe('');
		const outline = prefectureShapes(topology, '架空県', { regionOf: (c) => (c === '991015' ? '西' : '東') }).regionOutline;
		// One line down the shared edge, the central meridian (x = 400): a move and one vertical segment.
		expect(outline).toMatch(/^m400 [\d.]+ 0 [\d.]+$/);
	});

	it('keeps hokkaidoShapes as Hokkaido\'s own call with its conic', () => {
		const topology = inventedTopology(INVENTED_PREFECTURES.hokkaidoLike);
		const shapes = hokkaidoShapes(topology);
		expect(shapes.prefecture).toBe('北海道');
		expect(shapes).toEqual(prefectureShapes(topology, '北海道', { regionOf: (c) => shapes.municipalities.find((m) => m.code6 === c)!.bureau, projection: { parallels: [42, 45], centralMeridian: 143 } }));
	});

	it('gives every municipality its own tile cell and label', () => {
		for (const key of Object.keys(INVENTED_PREFECTURES)) {
			const { municipalities } = shapesOf(key);
			expect(new Set(municipalities.map((m) => `${m.tile.x},${m.tile.y}`)).size, key).toBe(municipalities.length);
			expect(new Set(municipalities.map((m) => m.abbreviation)).size, key).toBe(municipalities.length);
		}
	});
});

describe('mapBox', () => {
	const shapes = shapesOf('tokyoLike');
	const holds = (outer: Box, inner: Box) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
	it('shows the whole prefecture with every inset frame whole (its label starts inside the frame)', () => {
		const box = mapBox(shapes, 'geo', null);
		expect(shapes.insets.length).toBeGreaterThan(0);
		for (const frame of shapes.insets) expect(holds(box, frameBox(frame)), frame.label).toBe(true);
		expect(box).toEqual(fullBox(shapes));
	});
	it('zooms to the chosen municipalities, and shows every tile in the tile view', () => {
		const ku = (m: { name: string }) => m.name.endsWith('区');
		expect(mapBox(shapes, 'geo', ku)).toEqual(boxAround(shapes.municipalities.filter(ku), 'geo', shapes.tileSize));
		expect(mapBox(shapes, 'tile', null)).toEqual(boxAround(shapes.municipalities, 'tile', shapes.tileSize));
	});
});

describe('noDataLegendLabel', () => {
	const labels = { northernTerritories: '北方領土の村（交付データなし）', named: (names: string[]) => `${names.join('・')}（交付データなし）`, other: '交付データなし' };
	const withMissing = (missing: [code6: string, name: string][]) => {
		const shapes = shapesOf('naganoLike');
		return { ...shapes, municipalities: shapes.municipalities.map((m, i) => (missing[i] ? { ...m, code6: missing[i][0], name: missing[i][1], hasData: false } : m)) };
	};
	it('has no row when every shape has figures', () => {
		expect(noDataLegendLabel(shapesOf('naganoLike'), labels)).toBeNull();
	});
	it('names the Northern Territories only when they are what lacks figures, else what does, or says 交付データなし for many', () => {
		expect(noDataLegendLabel(withMissing([['016951', '色丹村'], ['017001', '蘂取村']]), labels)).toBe(labels.northernTerritories);
		expect(noDataLegendLabel(withMissing([['13-unassigned', '所属未定地']]), labels)).toBe('所属未定地（交付データなし）');
		expect(noDataLegendLabel(withMissing([['016951', '色丹村'], ['13-unassigned', '所属未定地']]), labels)).toBe('色丹村・所属未定地（交付データなし）');
		expect(noDataLegendLabel(withMissing([['202011', 'A市'], ['202029', 'B市'], ['202037', 'C市']]), labels)).toBe('交付データなし');
	});
});
