/** Invented prefectures for map tests: towns made of rectangles at invented places (no real boundaries). */
import type { Topology } from 'topojson-specification';

export interface InventedTown {
	code6: string;
	name: string;
	/** Rectangles [west lon, south lat, width °, height °]; several make a town of islands. */
	parts: [number, number, number, number][];
	bureau?: string;
	hasData?: boolean;
}

export function inventedTopology(towns: InventedTown[]): Topology {
	const arcs: number[][][] = [];
	// Clockwise rings: d3-geo reads an anticlockwise ring as the whole globe but the rectangle.
	const ring = ([x, y, w, h]: [number, number, number, number]) => {
		arcs.push([
			[x, y],
			[x, y + h],
			[x + w, y + h],
			[x + w, y],
			[x, y]
		]);
		return [arcs.length - 1];
	};
	const geometries = towns.map((t) => {
		const rings = t.parts.map((p) => [ring(p)]);
		return {
			type: 'MultiPolygon',
			arcs: rings,
			properties: { code5: t.code6.slice(0, 5), code6: t.code6, name: t.name, bureau: t.bureau ?? '', hasData: t.hasData ?? true, kana: '' }
		};
	});
	return { type: 'Topology', arcs, objects: { municipalities: { type: 'GeometryCollection', geometries } } } as unknown as Topology;
}

/** A main body of towns in a grid of `size`° squares from (lon, lat). */
export function grid(prefix: string, names: string[], lon: number, lat: number, size: number, columns: number): InventedTown[] {
	return names.map((name, i) => ({
		code6: `${prefix}${String(i + 1).padStart(3, '0')}0`,
		name,
		parts: [[lon + (i % columns) * size, lat + Math.floor(i / columns) * size, size, size]]
	}));
}

/** Invented prefectures reproducing each case of the real map: islands far south, a long chain, far groups west and east, none. */
export const INVENTED_PREFECTURES: Record<string, InventedTown[]> = {
	// A main body and, far south, a chain of islands and a remote group with an outlying rock.
	tokyoLike: [
		...grid('99', ['甲区', '乙区', '丙市', '丁市', '戊町', '己村'], 139.0, 35.3, 0.3, 3),
		{ code6: '991010', name: '北島町', parts: [[139.35, 34.7, 0.1, 0.12]] },
		{ code6: '991020', name: '中島村', parts: [[139.5, 34.2, 0.03, 0.03], [139.55, 34.05, 0.05, 0.05]] },
		{ code6: '991030', name: '南島町', parts: [[139.75, 33.05, 0.12, 0.1]] },
		{ code6: '991040', name: '果島村', parts: [[139.76, 32.45, 0.02, 0.02]] },
		{ code6: '991050', name: '遠島村', parts: [[142.1, 27.0, 0.08, 0.1], [142.12, 26.6, 0.06, 0.08], [153.9, 24.25, 0.02, 0.02]] }
	],
	// A main body with near islands, and a long chain of islands to the south-west.
	kagoshimaLike: [
		...grid('98', ['甲市', '乙市', '丙町', '丁町', '戊町', '己町', '庚市', '辛町', '壬村'], 130.0, 31.0, 0.4, 3),
		{ code6: '981010', name: '近島町', parts: [[130.5, 30.6, 0.2, 0.2]] },
		{ code6: '981020', name: '列島村', parts: [[129.9, 29.9, 0.04, 0.04], [129.7, 29.4, 0.04, 0.04], [129.5, 29.0, 0.03, 0.03]] },
		{ code6: '981030', name: '大島市', parts: [[129.3, 28.2, 0.35, 0.25]] },
		{ code6: '981040', name: '徳島町', parts: [[128.9, 27.7, 0.12, 0.2]] },
		{ code6: '981050', name: '端島町', parts: [[128.4, 27.02, 0.05, 0.05]] }
	],
	// A main island with near islets, a group far west and a pair far east.
	okinawaLike: [
		...grid('97', ['甲市', '乙市', '丙村', '丁町', '戊村', '己町'], 127.6, 26.1, 0.25, 2),
		{ code6: '971010', name: '近島村', parts: [[127.3, 26.3, 0.08, 0.08]] },
		{ code6: '971020', name: '宮島市', parts: [[125.2, 24.7, 0.25, 0.2]] },
		{ code6: '971030', name: '石島市', parts: [[124.1, 24.35, 0.25, 0.2], [123.5, 25.8, 0.02, 0.02]] },
		{ code6: '971040', name: '西島町', parts: [[122.93, 24.44, 0.1, 0.03]] },
		{ code6: '971050', name: '東島村', parts: [[131.2, 25.8, 0.06, 0.06]] },
		{ code6: '971060', name: '北東島村', parts: [[131.22, 25.92, 0.05, 0.04]] }
	],
	// Mountains and no islands.
	naganoLike: grid('96', ['甲市', '乙市', '丙町', '丁町', '戊村', '己村', '庚町', '辛村', '壬村'], 137.6, 35.5, 0.3, 3),
	// One body with two bureaus.
	hokkaidoLike: grid('95', ['甲市', '乙町', '丙町', '丁村'], 141, 42, 1, 2).map((t, i) => ({ ...t, bureau: i < 2 ? '南振興局' : '北振興局' }))
};
