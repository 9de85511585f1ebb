/**
 * Boundaries for the site: one topology per prefecture with the wards of each designated city
 * merged into the city (the issuance data is per city), Hokkaido's 14 bureaus merged from its
 * municipalities, and the 47 prefectures. Merging uses topojson's mergeArcs on the shared arcs,
 * so neighbours keep identical edges (no slivers).
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { code6FromCode5 } from '../../src/lib/domain/municipality-code';
import { prefectureCode } from '../../src/lib/domain/prefectures';
import type { MunicipalityShapeProperties } from '../../src/lib/map/prefecture-shapes';
import { unassignedAreaCode } from '../../src/lib/map/boundary-file';

export interface N03Properties {
	N03_001: string;
	N03_002: string | null;
	N03_003: string | null;
	N03_004: string | null;
	N03_007: string | null;
}

type Shape = (Polygon | MultiPolygon) & { properties: N03Properties };

/** What a prefecture's boundaries are joined with: the code master and the issuance data. */
export interface BoundaryContext {
	/** Designated cities of the code master (政令市), by prefecture and name → 5-digit code. */
	designatedCities: ReadonlyMap<string, string>;
	/** 6-digit codes that have issuance data. */
	withData: ReadonlySet<string>;
	nameOf: (code6: string) => string | undefined;
	kanaOf: (code6: string) => string | undefined;
}

export const designatedCityKey = (prefecture: string, city: string) => `${prefecture}/${city}`;

/** The 5-digit code of the unit a shape is drawn in: its designated city for a ward, '' for land of no municipality. */
export function unitCode5(p: N03Properties, designatedCities: ReadonlyMap<string, string>): string {
	if (!p.N03_007) return '';
	const city = p.N03_003 ? designatedCities.get(designatedCityKey(p.N03_001, p.N03_003)) : undefined;
	return city ?? p.N03_007;
}

/** The N03 name of a unit: the designated city for a ward, the town in a 郡, else the city. */
export function n03Name(p: N03Properties, isWard: boolean): string {
	return (isWard ? p.N03_003 : (p.N03_004 ?? p.N03_003)) ?? '';
}

/** The geometries of a source file's only collection, typed with the properties it carries. */
function onlyCollection<P>(topology: Topology): (GeometryObject & { properties: P })[] {
	const objects = Object.values(topology.objects);
	if (objects.length !== 1 || objects[0].type !== 'GeometryCollection') {
		throw new Error('境界データ: GeometryCollection がひとつだけのはずです');
	}
	return objects[0].geometries as (GeometryObject & { properties: P })[];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/**
 * One prefecture's municipalities (objects.municipalities) and, where the source names
 * subprefectural bureaus (Hokkaido's 振興局, N03_002), the bureaus (objects.bureaus).
 */
export function buildPrefectureBoundaries(source: Topology, context: BoundaryContext): Topology {
	const shapes = onlyCollection<N03Properties>(source) as Shape[];
	const byUnit = groupBy(shapes, (s) => unitCode5(s.properties, context.designatedCities));
	const municipalities = [...byUnit].map(([code5, parts]) => {
		const merged = parts.length === 1 ? parts[0] : mergeArcs(source, parts);
		const first = parts[0].properties;
		const prefectureNumber = prefectureCode(first.N03_001) ?? 0;
		const code6 = code5 ? code6FromCode5(code5) : unassignedAreaCode(prefectureNumber);
		const isWard = code5 !== '' && code5 !== first.N03_007;
		const properties: MunicipalityShapeProperties = {
			code5,
			code6,
			name: context.nameOf(code6) ?? n03Name(first, isWard),
			bureau: first.N03_002 ?? '',
			hasData: context.withData.has(code6),
			kana: context.kanaOf(code6) ?? ''
		};
		return { type: merged.type, arcs: merged.arcs, properties };
	});
	const objects: Topology['objects'] = { municipalities: { type: 'GeometryCollection', geometries: municipalities } } as Topology['objects'];
	if (shapes.some((s) => s.properties.N03_002)) {
		const byBureau = groupBy(shapes, (s) => s.properties.N03_002 ?? '');
		objects.bureaus = { type: 'GeometryCollection', geometries: [...byBureau].map(([bureau, parts]) => ({ ...mergeArcs(source, parts), properties: { bureau } })) } as Topology['objects'][string];
	}
	return { type: 'Topology', transform: source.transform, arcs: source.arcs, objects } as Topology;
}

export function buildPrefectureTopology(source: Topology): Topology {
	const geometries = onlyCollection<{ N03_001: string }>(source).map((g) => ({
		...g,
		properties: { name: g.properties.N03_001, code: prefectureCode(g.properties.N03_001) }
	}));
	return { ...source, objects: { prefectures: { type: 'GeometryCollection', geometries } } } as Topology;
}

/** Municipality master entries from the national N03 file (designated cities as one unit). */
export function masterFromN03(source: Topology): { code5: string; prefecture: string; name: string; bureau: string | null }[] {
	return onlyCollection<N03Properties>(source)
		.filter((g) => g.properties?.N03_007)
		.map((g) => {
			const p = g.properties;
			return { code5: p.N03_007!, prefecture: p.N03_001, name: p.N03_004 ?? p.N03_003 ?? '', bureau: p.N03_002 };
		});
}
