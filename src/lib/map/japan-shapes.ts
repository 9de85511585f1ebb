/** The 47 prefectures as SVG paths at build time, for the national ranking's map. */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { toRelativePath } from './relative-path';

export interface PrefectureShape {
	name: string;
	d: string;
}

export const JAPAN_WIDTH = 420;
export const JAPAN_HEIGHT = 440;

export function japanShapes(topology: Topology): PrefectureShape[] {
	const prefectures = feature(topology, topology.objects.prefectures as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
	// Fit Okinawa to Hokkaido; the remote Pacific islands (南鳥島 at 154°E) would shrink the rest.
	const frame = { type: 'MultiPoint' as const, coordinates: [[127.5, 24.8], [146, 45.6]] };
	const projection = geoConicConformal().parallels([30, 40]).rotate([-136, 0]).fitExtent([[4, 4], [JAPAN_WIDTH - 4, JAPAN_HEIGHT - 4]], frame);
	const path = geoPath(projection).digits(1);
	return prefectures.features.map((f) => ({ name: f.properties.name, d: toRelativePath(path(f) ?? '') }));
}
