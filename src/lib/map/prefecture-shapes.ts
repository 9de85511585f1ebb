/**
 * Turns a prefecture's built topology into SVG at build time, so the map is plain SVG in the
 * prerendered HTML and paints before any script runs: a path per municipality, its bounding box
 * (for zooming to a region), its tile-map cell, and the lines between regions. Far islands
 * (island-clusters.ts) are drawn in inset frames, each with its own fit, so the main body keeps
 * the map's size; a municipality too small to see at that scale gets a marker.
 */
import { NORTHERN_TERRITORIES_CODE5 } from '../domain/municipality-code';
import { geoArea, geoBounds, geoConicConformal, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { toRelativePath } from './relative-path';
import { layoutTiles } from './tile-layout';
import { uniqueAbbreviations } from './tile-abbreviation';
import { clusterIslands, type LandPiece } from './island-clusters';
import { ja } from '../messages/ja';

export interface MunicipalityShapeProperties {
	code5: string;
	code6: string;
	name: string;
	/** Hokkaido's subprefectural bureau (振興局); '' elsewhere. */
	bureau: string;
	/** false for areas drawn without figures: the Northern Territories villages, land of no municipality (所属未定地). */
	hasData: boolean;
	/** Reading in hiragana, for search; '' when unknown. */
	kana?: string;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface MunicipalityShape extends MunicipalityShapeProperties {
	d: string;
	bounds: Box;
	/** Top-left corner of its square in the tile view. */
	tile: { x: number; y: number };
	/** Its label in the tile view: two characters, unique across the map. */
	abbreviation: string;
	/** A circle drawn over a municipality too small to see at its frame's scale (absent otherwise: it ships in the page). */
	marker?: { x: number; y: number; r: number };
}

/** A frame for far islands, drawn with a thin border and a label. */
export interface InsetFrame {
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
}

export interface PrefectureShapes {
	prefecture: string;
	width: number;
	height: number;
	tileSize: number;
	municipalities: MunicipalityShape[];
	/** One path: the lines between regions (Hokkaido's bureaus, an imported grouping), drawn over the municipalities. */
	regionOutline: string;
	insets: InsetFrame[];
	/** Municipalities with far outlying islands left off the map (drawn where most of their land is). */
	omitted: { code6: string; name: string }[];
}

export interface PrefectureShapeOptions {
	/** The region of a municipality, for the lines between regions; none → no lines. */
	regionOf?: (code6: string) => string | null;
	/** The main frame's conic: its standard parallels and central meridian (default: from its own extent). */
	projection?: { parallels: [number, number]; centralMeridian: number };
}

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
/** Smallest grid cell of the tile view, in the same units as the geographic view (Hokkaido's 185 tiles). */
export const TILE_CELL = 30;
/** Share of the drawn land the tiles cover: fewer municipalities get larger tiles, so the tile view stays one block. */
export const TILE_COVER = 0.5;

/** The tile view's cell: tiles together cover TILE_COVER of the drawn land, never smaller than TILE_CELL (whole units). */
export function tileCell(landArea: number, count: number): number {
	if (count === 0 || !(landArea > 0)) return TILE_CELL;
	return Math.max(TILE_CELL, Math.floor(Math.sqrt((TILE_COVER * landArea) / count)));
}
/** Shares of the map's width or height tried for the strip of insets. */
export const INSET_STRIPS = [0.25, 0.3, 0.35, 0.4];
/** A municipality with figures drawn smaller than this (map units, both sides) gets a marker of this radius. */
export const MIN_VISIBLE = 6;
export const MARKER_RADIUS = 5;
const PADDING = 8;
/** Room for an inset's label above its land. */
const LABEL_HEIGHT = 24;

const round1 = (n: number) => Math.round(n * 10) / 10;
type Extent = [[number, number], [number, number]];

interface Piece extends LandPiece {
	feature: number;
	polygon: Position[][];
}

/** A conformal conic centred on the land it draws: each frame keeps its familiar shape without Mercator's stretch. */
function conicFor(collection: FeatureCollection, fixed?: PrefectureShapeOptions['projection']): GeoProjection {
	if (fixed) return geoConicConformal().parallels(fixed.parallels).rotate([-fixed.centralMeridian, 0]);
	const [[x0, y0], [x1, y1]] = geoBounds(collection);
	const span = y1 - y0;
	return geoConicConformal()
		.parallels([y0 + span / 6, y1 - span / 6])
		.rotate([-(x0 + x1) / 2, 0]);
}

function piecesOf(collection: FeatureCollection<Geometry, MunicipalityShapeProperties>): Piece[] {
	const [[, south], [, north]] = geoBounds(collection);
	const kmPerDegreeX = Math.cos((((south + north) / 2) * Math.PI) / 180) * 111.32;
	const pieces: Piece[] = [];
	collection.features.forEach((f, index) => {
		const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
		for (const polygon of polygons) {
			const g: Polygon = { type: 'Polygon', coordinates: polygon };
			const [[x0, y0], [x1, y1]] = geoBounds(g);
			const owner = f.properties.code5 ? f.properties.code6 : '';
			pieces.push({ feature: index, polygon, owner, area: geoArea(g), box: [x0 * kmPerDegreeX, -y1 * 110.57, x1 * kmPerDegreeX, -y0 * 110.57] });
		}
	});
	return pieces;
}

/** Width and height (km) of some pieces' land. */
function extentKm(pieces: Piece[], ids: number[]): { w: number; h: number } {
	const boxes = ids.map((i) => pieces[i].box);
	const w = Math.max(...boxes.map((b) => b[2])) - Math.min(...boxes.map((b) => b[0]));
	const h = Math.max(...boxes.map((b) => b[3])) - Math.min(...boxes.map((b) => b[1]));
	return { w: Math.max(w, 1), h: Math.max(h, 1) };
}

interface Layout {
	main: Extent;
	cells: Box[];
}

/** One candidate: a strip of insets on the right or along the bottom, each cell as long as its land's extent along it. */
function stripLayout(side: 'right' | 'bottom', share: number, insets: { w: number; h: number }[]): Layout {
	const along = side === 'right' ? MAP_HEIGHT - PADDING : MAP_WIDTH - PADDING;
	const across = (side === 'right' ? MAP_WIDTH : MAP_HEIGHT) * share;
	// Every inset at one scale as far as the strip's depth allows (water-filling): an inset that the depth
	// already limits takes no more length than its shape needs, and the rest share what is left.
	const alongKm = insets.map((e) => (side === 'right' ? e.h : e.w));
	const caps = insets.map((e, k) => (alongKm[k] * across) / (side === 'right' ? e.w : e.h));
	const used = (scale: number) => caps.reduce((sum, cap, k) => sum + Math.min(cap, scale * alongKm[k]), 0);
	let lo = 0;
	let hi = along / Math.min(...alongKm);
	for (let i = 0; i < 50; i++) {
		const mid = (lo + hi) / 2;
		if (used(mid) > along) hi = mid;
		else lo = mid;
	}
	const lengths = caps.map((cap, k) => Math.max(Math.min(cap, lo * alongKm[k]), along / insets.length / 4));
	const total = lengths.reduce((a, b) => a + b, 0);
	let at = PADDING / 2;
	const cells = lengths.map((n): Box => {
		const length = (n / total) * along;
		const start = at;
		at += length;
		return side === 'right'
			? [MAP_WIDTH - across, start, MAP_WIDTH - PADDING / 2, start + length - PADDING / 2]
			: [start, MAP_HEIGHT - across, start + length - PADDING / 2, MAP_HEIGHT - PADDING / 2];
	});
	const main: Extent =
		side === 'right'
			? [
					[PADDING, PADDING],
					[MAP_WIDTH - across - PADDING, MAP_HEIGHT - PADDING]
				]
			: [
					[PADDING, PADDING],
					[MAP_WIDTH - PADDING, MAP_HEIGHT - across - PADDING]
				];
	return { main, cells };
}

const fitScale = (w: number, h: number, e: { w: number; h: number }) => Math.min(w / e.w, h / e.h);

/**
 * The main frame's extent and each inset's cell. Without insets the main frame is the whole map;
 * with them, of the strips tried (right or bottom, of several depths) the one that keeps the main
 * body largest while giving the insets room: the score weighs the main frame's scale twice the
 * smallest inset's (logarithms, so halving either costs the same wherever it happens).
 */
function frameLayout(main: { w: number; h: number }, insets: { w: number; h: number }[]): Layout {
	if (insets.length === 0) {
		return {
			main: [
				[PADDING, PADDING],
				[MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING]
			],
			cells: []
		};
	}
	let best: { layout: Layout; score: number } | null = null;
	for (const side of ['right', 'bottom'] as const) {
		for (const share of INSET_STRIPS) {
			const layout = stripLayout(side, share, insets);
			const [[x0, y0], [x1, y1]] = layout.main;
			const mainScale = fitScale(x1 - x0, y1 - y0, main);
			const insetScales = layout.cells.map(([cx0, cy0, cx1, cy1], k) => fitScale(cx1 - cx0 - 12, cy1 - cy0 - LABEL_HEIGHT - 8, insets[k]));
			const score = 2 * Math.log(mainScale) + Math.log(Math.max(Math.min(...insetScales), 1e-9));
			if (best == null || score > best.score + 1e-9) best = { layout, score };
		}
	}
	return best!.layout;
}

const asCollection = (geometries: Geometry[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))
});

export function prefectureShapes(topology: Topology, prefecture: string, options: PrefectureShapeOptions = {}): PrefectureShapes {
	const collection = feature(topology, topology.objects.municipalities as GeometryCollection<MunicipalityShapeProperties>) as FeatureCollection<Geometry, MunicipalityShapeProperties>;
	const features = collection.features;
	const pieces = piecesOf(collection);
	const clusters = clusterIslands(pieces);
	const frameIds = [clusters.main, ...clusters.insets];
	const frameOfPiece = new Map<number, number>();
	frameIds.forEach((ids, f) => ids.forEach((i) => frameOfPiece.set(i, f)));

	// Each frame's land, and each municipality's geometry within each frame (its whole feature when all of it is there).
	const geometryIn = (featureIndex: number, frame: number): Geometry | null => {
		const own = pieces.map((p, i) => ({ p, i })).filter(({ p }) => p.feature === featureIndex);
		const inFrame = own.filter(({ i }) => frameOfPiece.get(i) === frame);
		if (inFrame.length === 0) return null;
		if (inFrame.length === own.length) return features[featureIndex].geometry;
		return { type: 'MultiPolygon', coordinates: inFrame.map(({ p }) => p.polygon) } as MultiPolygon;
	};
	const frameLand = frameIds.map((ids) => asCollection(ids.map((i) => ({ type: 'Polygon', coordinates: pieces[i].polygon }) as Polygon)));
	const mainProjection = conicFor(frameLand[0], options.projection);
	const layout = frameLayout(extentKm(pieces, clusters.main), clusters.insets.map((ids) => extentKm(pieces, ids)));
	// One decimal of a pixel is finer than any screen shows and keeps the HTML small.
	const paths: GeoPath[] = frameIds.map((_, f) => {
		if (f === 0) return geoPath(mainProjection.fitExtent(layout.main, frameLand[0])).digits(1);
		const [x0, y0, x1, y1] = layout.cells[f - 1];
		return geoPath(conicFor(frameLand[f]).fitExtent([[x0 + 6, y0 + LABEL_HEIGHT + 2], [x1 - 6, y1 - 6]], frameLand[f])).digits(1);
	});

	const drawn = features.map((f, index) => {
		const parts = frameIds.map((_, frame) => ({ frame, geometry: geometryIn(index, frame) })).filter((p) => p.geometry != null);
		if (parts.length === 0) return null;
		const home = parts.reduce((a, b) => (geoArea(b.geometry!) > geoArea(a.geometry!) ? b : a));
		const path = paths[home.frame];
		const [[x0, y0], [x1, y1]] = path.bounds(home.geometry!);
		const [cx, cy] = path.centroid(home.geometry!);
		const tooSmall = f.properties.hasData && x1 - x0 < MIN_VISIBLE && y1 - y0 < MIN_VISIBLE;
		return {
			feature: f,
			d: toRelativePath(parts.map((p) => paths[p.frame](p.geometry!) ?? '').join('')),
			bounds: [round1(x0), round1(y0), round1(x1), round1(y1)] as Box,
			centroid: { x: cx, y: cy },
			area: parts.reduce((sum, p) => sum + paths[p.frame].area(p.geometry!), 0),
			marker: tooSmall ? { x: round1(cx), y: round1(cy), r: MARKER_RADIUS } : null
		};
	});
	const shown = drawn.filter((s) => s != null);
	const cell = tileCell(shown.reduce((sum, s) => sum + s.area, 0), shown.length);
	const tiles = new Map(layoutTiles(shown.map((s) => ({ id: s.feature.properties.code6, ...s.centroid })), cell).map((t) => [t.id, t]));
	const abbreviations = uniqueAbbreviations(shown.map((s) => ({ id: s.feature.properties.code6, name: s.feature.properties.name, qualifier: s.feature.properties.bureau })));

	const insets = clusters.insets.map((ids, k) => {
		const [x0, y0, x1, y1] = layout.cells[k];
		const homes = new Map<string, number>();
		for (const i of ids) if (pieces[i].owner) homes.set(features[pieces[i].feature].properties.name, (homes.get(features[pieces[i].feature].properties.name) ?? 0) + pieces[i].area);
		const names = [...homes].sort((a, b) => b[1] - a[1]).map(([name]) => name);
		return { x: round1(x0), y: round1(y0), width: round1(x1 - x0), height: round1(y1 - y0), label: ja.insetLabel(names) };
	});
	const omittedFeatures = new Set(clusters.omitted.map((i) => pieces[i].feature));

	return {
		prefecture,
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		tileSize: cell - 2,
		municipalities: shown.map(({ feature: f, d, bounds, marker }) => {
			const tile = tiles.get(f.properties.code6)!;
			return {
				...f.properties,
				d,
				bounds,
				tile: { x: tile.col * cell + 1, y: tile.row * cell + 1 },
				abbreviation: abbreviations.get(f.properties.code6)!,
				...(marker ? { marker } : {})
			};
		}),
		regionOutline: options.regionOf ? regionLines(topology, options.regionOf, pieces, frameOfPiece, paths) : '',
		insets,
		omitted: [...omittedFeatures].sort((a, b) => a - b).map((i) => ({ code6: features[i].properties.code6, name: features[i].properties.name }))
	};
}

const inBox = ([x, y]: Position, polygon: Position[][]) => {
	const [[x0, y0], [x1, y1]] = geoBounds({ type: 'Polygon', coordinates: polygon });
	return x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

/** The lines between municipalities of different regions, each drawn in the frame of the land it runs through. */
function regionLines(topology: Topology, regionOf: (code6: string) => string | null, pieces: Piece[], frameOfPiece: Map<number, number>, paths: GeoPath[]): string {
	type Shape = { properties: MunicipalityShapeProperties };
	const lines = mesh(topology, topology.objects.municipalities as GeometryCollection, (a, b) => {
		const ra = regionOf((a as unknown as Shape).properties.code6);
		const rb = regionOf((b as unknown as Shape).properties.code6);
		return a !== b && ra != null && rb != null && ra !== rb;
	}) as MultiLineString;
	if (paths.length === 1) return toRelativePath(paths[0](lines) ?? '');
	const byFrame = paths.map(() => [] as Position[][]);
	for (const line of lines.coordinates) {
		const piece = pieces.findIndex((p) => inBox(line[0], p.polygon));
		const frame = piece < 0 ? undefined : frameOfPiece.get(piece);
		if (frame != null) byFrame[frame].push(line);
	}
	return toRelativePath(byFrame.map((ls, f) => (ls.length ? (paths[f]({ type: 'MultiLineString', coordinates: ls }) ?? '') : '')).join(''));
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

/** The map's default box: every frame, insets included. */
export function fullBox(shapes: PrefectureShapes, margin = 10): Box {
	const municipalities = boxAround(shapes.municipalities, 'geo', shapes.tileSize, margin);
	const frames = shapes.insets.map((f) => [f.x - 2, f.y - 2, f.x + f.width + 2, f.y + f.height + 2] as Box);
	return [
		Math.min(municipalities[0], ...frames.map((b) => b[0])),
		Math.min(municipalities[1], ...frames.map((b) => b[1])),
		Math.max(municipalities[2], ...frames.map((b) => b[2])),
		Math.max(municipalities[3], ...frames.map((b) => b[3]))
	];
}

/**
 * The box the map page shows: the whole map with every inset frame and its label for the whole
 * prefecture, else the box around the municipalities of the chosen region (or every tile).
 */
export function mapBox(shapes: PrefectureShapes, view: 'geo' | 'tile', shown: ((shape: MunicipalityShape) => boolean) | null): Box {
	if (view === 'geo' && !shown) return fullBox(shapes);
	return boxAround(shown ? shapes.municipalities.filter(shown) : shapes.municipalities, view, shapes.tileSize);
}

/**
 * The legend's row for shapes drawn without figures, or null when every shape has them: in Hokkaido
 * the six villages of the Northern Territories (MIC publishes no figures for them); elsewhere the
 * names of what lacks them (所属未定地, the unassigned land of a bay), or a plain label for many.
 */
export function noDataLegendLabel(shapes: PrefectureShapes, labels: { northernTerritories: string; named: (names: string[]) => string; other: string }): string | null {
	const missing = shapes.municipalities.filter((m) => !m.hasData);
	if (!missing.length) return null;
	if (missing.every((m) => NORTHERN_TERRITORIES_CODE5.has(m.code6.slice(0, 5)))) return labels.northernTerritories;
	const names = [...new Set(missing.map((m) => m.name))];
	return names.length <= 2 ? labels.named(names) : labels.other;
}
