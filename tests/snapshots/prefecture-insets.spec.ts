/**
 * Snapshots of the map of any prefecture, one per case of far islands: invented prefectures that
 * reproduce 東京都 (islands far south, a remote rock left out), 鹿児島県 (a long chain), 沖縄県
 * (groups far west and far east), 長野県 (one body) and 北海道 (one body, bureaus), drawn by the
 * map's own component on the server. A change of frames, markers or geometry shows as a diff to
 * look at (update with `vitest -u` when meant). Svelte's hashed class names are left out.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Choropleth from '../../src/lib/components/map/Choropleth.svelte';
import { fullBox, prefectureShapes } from '../../src/lib/map/prefecture-shapes';
import { hokkaidoShapes } from '../../src/lib/map/hokkaido-shapes';
import { INVENTED_PREFECTURES, inventedTopology } from '../support/invented-topology';

const PALETTE = ['#eef9bc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8'];

function drawn(key: string, prefecture: string): string {
	const topology = inventedTopology(INVENTED_PREFECTURES[key]);
	const shapes = key === 'hokkaidoLike' ? hokkaidoShapes(topology) : prefectureShapes(topology, prefecture);
	const fillByCode = new Map(shapes.municipalities.map((m, i) => [m.code6, PALETTE[i % PALETTE.length]]));
	const { body } = render(Choropleth, {
		props: { shapes, view: 'geo', box: fullBox(shapes), fillByCode, describe: (s) => s.name, isDimmed: () => false, selected: null }
	});
	return body.replace(/ ?svelte-[a-z0-9]+/g, '');
}

describe('the map of a prefecture with far islands', () => {
	it.each([
		['tokyoLike', '東京都', 2],
		['kagoshimaLike', '鹿児島県', 1],
		['okinawaLike', '沖縄県', 2],
		['naganoLike', '長野県', 0],
		['hokkaidoLike', '北海道', 0]
	])('%s (%s) matches the stored rendering with %i inset frames', async (key, prefecture, frames) => {
		const body = drawn(key, prefecture);
		expect(body.match(/data-testid="map-inset"/g)?.length ?? 0).toBe(frames);
		expect(body).toContain(`aria-label="${prefecture}の市町村別地図"`);
		await expect(`${body}\n`).toMatchFileSnapshot(`./output/prefecture-insets-${key}.html`);
	});

	it('marks the island too small to see with a circle in its colour', () => {
		expect(drawn('tokyoLike', '東京都')).toMatch(/data-code="991040"[^>]*fill="#[0-9a-f]{6}"[^]*?<circle class="geo-part marker"/);
	});
});
