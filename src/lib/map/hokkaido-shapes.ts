/** Hokkaido's map: prefecture-shapes.ts with the 14 bureaus as regions and the conic the site has always used. */
import type { Topology, GeometryCollection } from 'topojson-specification';
import { prefectureShapes, type MunicipalityShapeProperties, type PrefectureShapes } from './prefecture-shapes';

export { boxAround, MAP_HEIGHT, MAP_WIDTH, TILE_CELL, type Box, type MunicipalityShape, type MunicipalityShapeProperties } from './prefecture-shapes';
export type HokkaidoShapes = PrefectureShapes;

export function hokkaidoShapes(topology: Topology): PrefectureShapes {
	const bureaus = new Map((topology.objects.municipalities as GeometryCollection).geometries.map((g) => g.properties as MunicipalityShapeProperties).map((p) => [p.code6, p.bureau || null]));
	return prefectureShapes(topology, '北海道', { regionOf: (code6) => bureaus.get(code6) ?? null, projection: { parallels: [42, 45], centralMeridian: 143 } });
}
