/**
 * Boundaries for the site: Hokkaido's municipalities with Sapporo's 10 wards merged into
 * 札幌市, the 14 bureaus merged from them, and the 47 prefectures. Merging uses
 * topojson's mergeArcs on the shared arcs, so neighbours keep identical edges (no slivers).
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { code6FromCode5 } from '../../src/lib/domain/municipality-code';
import { prefectureCode } from '../../src/lib/domain/prefectures';
import type { MunicipalityShapeProperties } from '../../src/lib/map/hokkaido-shapes';

export interface N03Properties {
	N03_001: string;
	N03_002: string | null;
	N03_003: string | null;
	N03_004: string | null;
	N03_007: string;
}


type Shape = (Polygon | MultiPolygon) & { properties: N03Properties };

/** 01101–01110 are Sapporo's wards; the issuance data knows only 札幌市 (01100). */
const SAPPORO_CODE5 = '01100';
const isSapporoWard = (p: N03Properties) => p.N03_003 === '札幌市';

/** The N03 name of a municipality: the town in a 郡, else the city. */
export function n03Name(p: N03Properties): string {
	return p.N03_004 && !isSapporoWard(p) ? p.N03_004 : (p.N03_003 ?? '');
}

/** The geometries of a source file's only collection, typed with the properties it carries. */
function onlyCollection<P>(topology: Topology): (GeometryObject & { properties: P })[] {
	const objects = Object.values(topology.objects);
	if (objects.length !== 1 || objects[0].type !== 'GeometryCollection') {
		throw new Error('境界データ: GeometryCollection がひとつだけのはずです');
	}
	return objects[0].geometries as (GeometryObject & { properties: P })[];
}

export function buildHokkaidoTopology(source: Topology, codesWithData: Set<string>, nameOf: (code6: string) => string | undefined): Topology {
	const shapes = onlyCollection<N03Properties>(source) as Shape[];
	const byCode5 = new Map<string, Shape[]>();
	for (const shape of shapes) {
		const code5 = isSapporoWard(shape.properties) ? SAPPORO_CODE5 : shape.properties.N03_007;
		byCode5.set(code5, [...(byCode5.get(code5) ?? []), shape]);
	}
	const municipalities = [...byCode5].map(([code5, parts]) => {
		const merged = parts.length === 1 ? parts[0] : mergeArcs(source, parts);
		const code6 = code6FromCode5(code5);
		const properties: MunicipalityShapeProperties = {
			code5,
			code6,
			name: nameOf(code6) ?? n03Name(parts[0].properties),
			bureau: parts[0].properties.N03_002 ?? '',
			hasData: codesWithData.has(code6)
		};
		return { type: merged.type, arcs: merged.arcs, properties };
	});
	const byBureau = new Map<string, Shape[]>();
	for (const shape of shapes) {
		const bureau = shape.properties.N03_002 ?? '';
		byBureau.set(bureau, [...(byBureau.get(bureau) ?? []), shape]);
	}
	const bureaus = [...byBureau].map(([bureau, parts]) => ({ ...mergeArcs(source, parts), properties: { bureau } }));
	return {
		type: 'Topology',
		transform: source.transform,
		arcs: source.arcs,
		objects: {
			municipalities: { type: 'GeometryCollection', geometries: municipalities },
			bureaus: { type: 'GeometryCollection', geometries: bureaus }
		}
	} as Topology;
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
			return { code5: p.N03_007, prefecture: p.N03_001, name: p.N03_004 ?? p.N03_003 ?? '', bureau: p.N03_002 };
		});
}
