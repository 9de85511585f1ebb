/**
 * The map's shapes of a prefecture at build time: 北海道 from the built hokkaido.topo.json, any other
 * from its N03 boundaries (wards of a designated city merged into the city, as the data is per city).
 * One function the pages call, so the source of boundaries can change without touching them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoCentroid, geoConicConformal, geoPath } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, GeoJSON } from 'geojson';
import { NODE_DATA_DIR, SITE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { hokkaidoShapes, MAP_HEIGHT, MAP_WIDTH, TILE_CELL, type Box, type HokkaidoShapes, type MunicipalityShapeProperties } from '../map/hokkaido-shapes';
import { toRelativePath } from '../map/relative-path';
import { layoutTiles } from '../map/tile-layout';
import { uniqueAbbreviations } from '../map/tile-abbreviation';
import { prefectureCode } from '../domain/prefectures';
import { PREFECTURE_MUNICIPALITIES, type MunicipalityListRow } from '../sql/queries';
import { readManifest, resolveSource } from '../../../tools/data/sources';

/** The shapes a map of one prefecture draws (the same structure for every prefecture). */
export type PrefectureShapes = HokkaidoShapes;

interface N03Properties {
	N03_001: string;
	N03_003: string | null;
	N03_004: string | null;
	N03_007: string | null;
}

const cache = new Map<string, Promise<PrefectureShapes>>();

export function loadPrefectureShapes(prefecture: string): Promise<PrefectureShapes> {
	let shapes = cache.get(prefecture);
	if (!shapes) cache.set(prefecture, (shapes = build(prefecture)));
	return shapes;
}

async function build(prefecture: string): Promise<PrefectureShapes> {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const rows = await engine.query<MunicipalityListRow>(PREFECTURE_MUNICIPALITIES, [prefecture]);
	// Hokkaido's built topology carries its bureaus (and the Northern Territories without data).
	if (rows.some((r) => r.bureau)) return hokkaidoShapes(JSON.parse(readFileSync(join(SITE_DATA_DIR, 'hokkaido.topo.json'), 'utf8')) as Topology);
	const code = prefectureCode(prefecture);
	if (!code) throw new Error(`${prefecture}: 都道府県名ではありません`);
	const pp = String(code).padStart(2, '0');
	const hokkaido = readManifest().files.find((f) => f.kind === 'hokkaidoBoundaries')!;
	const path = await resolveSource({ ...hokkaido, path: hokkaido.path.replace('_01_', `_${pp}_`), url: hokkaido.url?.replace('_01_', `_${pp}_`) });
	return shapesOf(JSON.parse(readFileSync(path, 'utf8')) as Topology, rows);
}

/** Shapes of N03 boundaries for the municipalities `rows` (a ward is drawn as part of its city). */
export function shapesOf(source: Topology, rows: readonly MunicipalityListRow[]): PrefectureShapes {
	const object = Object.values(source.objects)[0] as GeometryCollection<N03Properties>;
	const byCode6 = new Map(rows.map((r) => [r.code6, r]));
	const byName = new Map(rows.map((r) => [r.name, r]));
	const groups = new Map<string, (GeometryObject<N03Properties> & (Polygon | MultiPolygon))[]>();
	const unmatched = new Map<string, (GeometryObject<N03Properties> & (Polygon | MultiPolygon))[]>();
	for (const g of object.geometries as (GeometryObject<N03Properties> & (Polygon | MultiPolygon))[]) {
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
		const p = g.properties!;
		const code5 = p.N03_007 ?? '';
		const byCode = rows.find((r) => r.code6.startsWith(code5) && code5.length === 5);
		const row = byCode ?? byName.get(p.N03_003 ?? '') ?? byName.get(p.N03_004 ?? '');
		const key = row?.code6 ?? code5;
		const into = row ? groups : unmatched;
		into.set(key, [...(into.get(key) ?? []), g]);
	}
	const features = [...groups, ...unmatched].map(([key, parts]) => {
		const merged = parts.length === 1 ? parts[0] : mergeArcs(source, parts);
		const row = byCode6.get(key);
		const p = parts[0].properties!;
		const properties: MunicipalityShapeProperties = {
			code5: row ? row.code6.slice(0, 5) : key,
			code6: row?.code6 ?? key,
			name: row?.name ?? p.N03_004 ?? p.N03_003 ?? '',
			bureau: '',
			hasData: !!row
		};
		return { type: merged.type, arcs: merged.arcs, properties };
	});
	const topology = { ...source, objects: { municipalities: { type: 'GeometryCollection', geometries: features } } } as unknown as Topology;
	const collection = feature(topology, topology.objects.municipalities as GeometryCollection<MunicipalityShapeProperties>) as FeatureCollection<Geometry, MunicipalityShapeProperties>;
	const [lon, lat] = geoCentroid(collection);
	const projection = geoConicConformal()
		.parallels([lat - 1.5, lat + 1.5])
		.rotate([-lon, 0])
		.fitExtent(
			[
				[8, 8],
				[MAP_WIDTH - 8, MAP_HEIGHT - 8]
			],
			collection
		);
	const path = geoPath(projection).digits(1);
	const toD = (g: GeoJSON) => toRelativePath(path(g) ?? '');
	const round1 = (n: number) => Math.round(n * 10) / 10;
	const tiles = new Map(
		layoutTiles(
			collection.features.map((f) => {
				const [x, y] = path.centroid(f);
				return { id: f.properties.code6, x, y };
			}),
			TILE_CELL
		).map((t) => [t.id, t])
	);
	const abbreviations = uniqueAbbreviations(collection.features.map((f) => ({ id: f.properties.code6, name: f.properties.name, qualifier: '' })));
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		tileSize: TILE_CELL - 2,
		municipalities: collection.features.map((f) => {
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
		bureauOutline: ''
	};
}
