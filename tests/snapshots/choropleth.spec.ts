/**
 * Snapshot of what the map draws (Observable Plot's habit): an invented four-town topology and
 * invented figures, coloured on the fixed rate scale and rendered by the map's own components on
 * the server; the markup, without Svelte's hashed class names, is compared with the stored file on each run. A change of colours,
 * classes, legend or geometry shows up as a diff to look at (update with `vitest -u` when meant).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { stripHashes } from './strip-hashes';
import type { Topology } from 'topojson-specification';
import Choropleth from '../../src/lib/components/map/Choropleth.svelte';
import Legend from '../../src/lib/components/common/Legend.svelte';
import { boxAround, hokkaidoShapes } from '../../src/lib/map/hokkaido-shapes';
import { colorMap } from '../../src/lib/map/map-view';
import type { BureauMeasureRow, MunicipalMeasureRow } from '../../src/lib/sql/queries';

/** Four invented square towns in two invented bureaus, near 42–44°N, 141–143°E. */
function inventedTopology(): Topology {
	// Clockwise rings: d3-geo reads an anticlockwise ring as the whole globe but the square.
	const square = (lon: number, lat: number) => [
		[lon, lat],
		[lon, lat + 1],
		[lon + 1, lat + 1],
		[lon + 1, lat],
		[lon, lat]
	];
	const towns = [
		{ code5: '01901', code6: '019011', name: '架空市', bureau: '東振興局', at: [141, 43] },
		{ code5: '01902', code6: '019020', name: '見本町', bureau: '東振興局', at: [142, 43] },
		{ code5: '01903', code6: '019038', name: '試験村', bureau: '西振興局', at: [141, 42] },
		{ code5: '01904', code6: '019046', name: '想定町', bureau: '西振興局', at: [142, 42] }
	];
	return {
		type: 'Topology',
		arcs: towns.map((t) => square(t.at[0], t.at[1])),
		objects: {
			municipalities: {
				type: 'GeometryCollection',
				geometries: towns.map((t, i) => ({ type: 'Polygon', arcs: [[i]], properties: { code5: t.code5, code6: t.code6, name: t.name, bureau: t.bureau, hasData: true } }))
			},
			bureaus: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'MultiPolygon', arcs: [[[0]], [[1]]], properties: { bureau: '東振興局' } },
					{ type: 'MultiPolygon', arcs: [[[2]], [[3]]], properties: { bureau: '西振興局' } }
				]
			}
		}
	} as unknown as Topology;
}

const NATIONAL = 45.27;
const town = (code6: string, name: string, bureau: string, cards: number, population: number): MunicipalMeasureRow => {
	const rate = (100 * cards) / population;
	return { code6, name, bureau, population, cards, rate, without_card: population - cards, rate_change: null, cards_change: null, gap_national: rate - NATIONAL, gap_hokkaido: 0, rank_in_prefecture: 1 };
};

describe('the drawn map', () => {
	it('matches the stored rendering for invented figures on the fixed rate scale', async () => {
		const shapes = hokkaidoShapes(inventedTopology());
		const figures = [town('019011', '架空市', '東振興局', 800, 10_000), town('019020', '見本町', '東振興局', 2_400, 10_000), town('019038', '試験村', '西振興局', 4_530, 10_000), town('019046', '想定町', '西振興局', 6_100, 10_000)];
		const coloring = colorMap(figures, [] as BureauMeasureRow[], 'rate', 'municipality', { scale: 'fixed', nationalRate: NATIONAL });
		const map = render(Choropleth, {
			props: {
				shapes,
				view: 'geo',
				box: boxAround(shapes.municipalities, 'geo', shapes.tileSize),
				fillByCode: coloring.fillByCode,
				describe: (s) => s.name,
				isDimmed: () => false,
				selected: null
			}
		});
		const legend = render(Legend, { props: { title: '交付率（%）', classes: coloring.classes, format: (n: number) => n.toFixed(1) } });
		// 試験村 at 45.3 % sits on the national boundary: the class from 全国 upwards.
		expect(legend.body).toContain('45.3（全国） 〜 50.0 未満');
		await expect(stripHashes(`${map.body}\n${legend.body}\n`)).toMatchFileSnapshot('./output/choropleth-rate-fixed.html');
	});
});
