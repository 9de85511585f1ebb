/**
 * Turns the built Hokkaido topology into SVG path strings at build time, so the map is
 * plain SVG in the prerendered HTML and paints before any script runs.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, GeoJSON } from 'geojson';
import { toRelativePath } from './relative-path';

export interface MunicipalityShapeProperties {
	code5: string;
	code6: string;
	name: string;
	bureau: string;
	hasData: boolean;
}

export interface MunicipalityShape extends MunicipalityShapeProperties {
	d: string;
}

export interface HokkaidoShapes {
	width: number;
	height: number;
	municipalities: MunicipalityShape[];
	/** One path: the lines between bureaus and the coast, drawn over the municipalities. */
	bureauOutline: string;
}

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;

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
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		municipalities: municipalities.features.map((f) => ({ ...f.properties, d: toD(f) })),
		bureauOutline: toD(mesh(topology, topology.objects.bureaus as GeometryCollection, (a, b) => a !== b))
	};
}
