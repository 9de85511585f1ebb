/**
 * Turns the built Hokkaido topology into SVG at build time, so the map is plain SVG in the
 * prerendered HTML and paints before any script runs: a path per municipality, its bounding
 * box (for zooming to a bureau), its tile-map cell, and the lines between bureaus.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, GeoJSON } from 'geojson';
import { toRelativePath } from './relative-path';
import { layoutTiles } from './tile-layout';
import { uniqueAbbreviations } from './tile-abbreviation';

export interface MunicipalityShapeProperties {
	code5: string;
	code6: string;
	name: string;
	bureau: string;
	/** false for the six Northern Territories villages: boundaries exist, issuance data does not. */
	hasData: boolean;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface MunicipalityShape extends MunicipalityShapeProperties {
	d: string;
	bounds: Box;
	/** Top-left corner of its square in the tile view. */
	tile: { x: number; y: number };
	/** Its label in the tile view: two characters, unique across the map. */
	abbreviation: string;
}

export interface HokkaidoShapes {
	width: number;
	height: number;
	tileSize: number;
	municipalities: MunicipalityShape[];
	/** One path: the lines between bureaus, drawn over the municipalities. */
	bureauOutline: string;
}

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
/** Grid cell of the tile view, in the same units as the geographic view. */
export const TILE_CELL = 30;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function hokkaidoShapes(topology: Topology): HokkaidoShapes {
	const municipalities = feature(topology, topology.objects.municipalities as GeometryCollection<MunicipalityShapeProperties>) as FeatureCollection<Geometry, MunicipalityShapeProperties>;
	// A conformal conic centred on Hokkaido keeps its familiar shape without Mercator's stretch.
	const projection = geoConicConformal()
		.parallels([42, 45])
		.rotate([-143, 0])
		.fitExtent(
			[
				[8, 8],
				[MAP_WIDTH - 8, MAP_HEIGHT - 8]
			],
			municipalities
		);
	// One decimal of a pixel is finer than any screen shows and keeps the HTML small.
	const path = geoPath(projection).digits(1);
	const toD = (g: GeoJSON) => toRelativePath(path(g) ?? '');
	const centroids = municipalities.features.map((f) => {
		const [x, y] = path.centroid(f);
		return { id: f.properties.code6, x, y };
	});
	const tiles = new Map(layoutTiles(centroids, TILE_CELL).map((t) => [t.id, t]));
	const abbreviations = uniqueAbbreviations(municipalities.features.map((f) => ({ id: f.properties.code6, name: f.properties.name, qualifier: f.properties.bureau })));
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		tileSize: TILE_CELL - 2,
		municipalities: municipalities.features.map((f) => {
			const [[x0, y0], [x1, y1]] = path.bounds(f);
			const tile = tiles.get(f.properties.code6)!;
			return {
				...f.properties,
				d: toD(f),
				bounds: [round1(x0), round1(y0), round1(x1), round1(y1)] as Box,
				tile: { x: tile.col * TILE_CELL + 1, y: tile.row * TILE_CELL + 1 },
				abbreviation: abbreviations.get(f.properties.code6)!
			};
		}),
		bureauOutline: toD(mesh(topology, topology.objects.bureaus as GeometryCollection, (a, b) => a !== b))
	};
}

/** The box around some shapes, in the geographic or the tile view, with a margin. */
export function boxAround(shapes: MunicipalityShape[], view: 'geo' | 'tile', tileSize: number, margin = 10): Box {
	const boxes = shapes.map((s) => (view === 'geo' ? s.bounds : ([s.tile.x, s.tile.y, s.tile.x + tileSize, s.tile.y + tileSize] as Box)));
	return [
		Math.min(...boxes.map((b) => b[0])) - margin,
		Math.min(...boxes.map((b) => b[1])) - margin,
		Math.max(...boxes.map((b) => b[2])) + margin,
		Math.max(...boxes.map((b) => b[3])) + margin
	];
}
