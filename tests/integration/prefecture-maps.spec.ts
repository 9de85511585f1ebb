/**
 * On the real boundaries built by `npm run data` (not snapshotted: derived data is never committed):
 * every prefecture draws exactly its municipalities, designated cities as one unit, each with a
 * reading; the far islands of 東京都, 鹿児島県 and 沖縄県 sit in their own frames, large enough to see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryCollection } from 'topojson-specification';
import { openDataEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { readBoundaries } from '../../src/lib/server/boundaries';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import { MIN_VISIBLE, prefectureShapes, type Box, type MunicipalityShapeProperties, type PrefectureShapes } from '../../src/lib/map/prefecture-shapes';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await openDataEngine(NODE_DATA_DIR);
});
afterAll(() => engine.close());

const shapesOf = new Map<string, PrefectureShapes>();
const shapes = (prefecture: string) => shapesOf.get(prefecture) ?? shapesOf.set(prefecture, prefectureShapes(readBoundaries(prefecture), prefecture)).get(prefecture)!;
const propertiesOf = (prefecture: string) => (readBoundaries(prefecture).objects.municipalities as GeometryCollection).geometries.map((g) => g.properties as MunicipalityShapeProperties);

describe('boundaries of the 47 prefectures', () => {
	it('hold, for each prefecture, one shape per municipality of the data, each with a hiragana reading', async () => {
		const rows = await engine.query<{ code6: string; prefecture: string; kana: string | null }>('SELECT code6, prefecture, kana FROM municipalities ORDER BY code6');
		expect(rows).toHaveLength(1741);
		for (const prefecture of PREFECTURES) {
			const withData = propertiesOf(prefecture).filter((p) => p.hasData);
			expect(withData.map((p) => p.code6).sort(), prefecture).toEqual(rows.filter((r) => r.prefecture === prefecture).map((r) => r.code6));
			for (const p of withData) expect(p.kana, `${prefecture} ${p.name}`).toMatch(/^[ぁ-ゖー]+$/);
		}
		for (const r of rows) expect(r.kana, r.code6).toMatch(/^[ぁ-ゖー]+$/);
	});

	it('draw each designated city as one unit under its own code and name, with no ward left', () => {
		const yokohama = propertiesOf('神奈川県').filter((p) => p.name === '横浜市');
		expect(yokohama.map((p) => [p.code6, p.kana])).toEqual([['141003', 'よこはまし']]);
		expect(propertiesOf('神奈川県').filter((p) => /区$/.test(p.name))).toEqual([]);
		expect(propertiesOf('北海道').filter((p) => p.name === '札幌市').map((p) => p.code6)).toEqual(['011002']);
		// Tokyo's 23 special wards are municipalities of their own.
		expect(propertiesOf('東京都').filter((p) => /区$/.test(p.name))).toHaveLength(23);
		expect(propertiesOf('福岡県').find((p) => p.code6 === '402311')?.kana).toBe('なかがわし');
	});

	it('mark land without figures as such: the Northern Territories and land of no municipality', () => {
		expect(propertiesOf('北海道').filter((p) => !p.hasData)).toHaveLength(6);
		for (const prefecture of ['東京都', '沖縄県']) {
			expect(propertiesOf(prefecture).filter((p) => !p.hasData).map((p) => [p.name, p.code5])).toEqual([['所属未定地', '']]);
		}
	});
});

describe('maps of every prefecture', () => {
	it('draw every municipality with figures, each with its own tile and label', () => {
		for (const prefecture of PREFECTURES) {
			const { municipalities } = shapes(prefecture);
			const withData = propertiesOf(prefecture).filter((p) => p.hasData);
			expect(municipalities.filter((m) => m.hasData).map((m) => m.code6).sort(), prefecture).toEqual(withData.map((p) => p.code6).sort());
			expect(new Set(municipalities.map((m) => `${m.tile.x},${m.tile.y}`)).size, prefecture).toBe(municipalities.length);
			expect(new Set(municipalities.map((m) => m.abbreviation)).size, prefecture).toBe(municipalities.length);
			for (const m of municipalities) expect([...m.abbreviation].length, m.name).toBeLessThanOrEqual(2);
		}
	});

	it('place each tile near where its municipality is drawn', () => {
		for (const prefecture of PREFECTURES) {
			const s = shapes(prefecture);
			const cell = s.tileSize + 2;
			for (const m of s.municipalities) {
				const drift = Math.hypot(m.tile.x + s.tileSize / 2 - (m.bounds[0] + m.bounds[2]) / 2, m.tile.y + s.tileSize / 2 - (m.bounds[1] + m.bounds[3]) / 2) / cell;
				expect(drift, `${prefecture} ${m.name}`).toBeLessThan(5);
			}
		}
	});
});

const frameBox = (f: { x: number; y: number; width: number; height: number }): Box => [f.x, f.y, f.x + f.width, f.y + f.height];
const inside = (b: Box, f: Box) => b[0] >= f[0] && b[1] >= f[1] && b[2] <= f[2] && b[3] <= f[3];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe.each([
	['東京都', ['大島町', '八丈町', '青ヶ島村', '小笠原村']],
	['鹿児島県', ['奄美市', '十島村', '与論町']],
	['沖縄県', ['宮古島市', '石垣市', '与那国町', '南大東村', '北大東村']]
])('far islands of %s', (prefecture, islands) => {
	it('sit in inset frames that do not overlap, each municipality in one frame or clear of them all', () => {
		const s = shapes(prefecture);
		expect(s.insets.length).toBeGreaterThan(0);
		const frames = s.insets.map(frameBox);
		for (const [i, a] of frames.entries()) for (const b of frames.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
		for (const m of s.municipalities) {
			const holders = frames.filter((f) => inside(m.bounds, f));
			const touched = frames.filter((f) => overlaps(m.bounds, f));
			// In exactly one frame and touching no other, or in the main frame touching none.
			expect(holders.length === 1 ? touched.length : touched.length + 1, m.name).toBe(1);
		}
		for (const name of islands) {
			const m = s.municipalities.find((x) => x.name === name)!;
			expect(frames.some((f) => inside(m.bounds, f)), name).toBe(true);
		}
	});

	it('draw every municipality at least a few units across, or with a marker', () => {
		for (const m of shapes(prefecture).municipalities.filter((x) => x.hasData)) {
			const across = Math.max(m.bounds[2] - m.bounds[0], m.bounds[3] - m.bounds[1]);
			expect(across >= MIN_VISIBLE || (m.marker != null && m.marker.r * 2 >= MIN_VISIBLE), m.name).toBe(true);
		}
	});

	it('keep the main body large', () => {
		const s = shapes(prefecture);
		const main = s.municipalities.filter((m) => !s.insets.some((f) => inside(m.bounds, frameBox(f))));
		const width = Math.max(...main.map((m) => m.bounds[2])) - Math.min(...main.map((m) => m.bounds[0]));
		const height = Math.max(...main.map((m) => m.bounds[3])) - Math.min(...main.map((m) => m.bounds[1]));
		expect(Math.max(width / s.width, height / s.height)).toBeGreaterThan(0.6);
	});
});

describe('readings for search, from MIC\'s code list', () => {
	it('give every municipality with data in all 47 prefectures a hiragana reading', async () => {
		const { kanaLookup } = await import('../../src/lib/domain/municipality-kana');
		for (const prefecture of PREFECTURES) {
			const municipalities = shapes(prefecture).municipalities.filter((m) => m.hasData);
			const kanaOf = kanaLookup(municipalities);
			for (const m of municipalities) expect(kanaOf(m.code6), `${prefecture} ${m.name}`).toMatch(/^[ぁ-ゖー]+$/);
		}
	});
	it('read 札幌市, 千代田区 and 那珂川市 (the one the list lacks) as people say them', async () => {
		const { kanaLookup } = await import('../../src/lib/domain/municipality-kana');
		expect(kanaLookup(shapes('北海道').municipalities)('011002')).toBe('さっぽろし');
		expect(kanaLookup(shapes('東京都').municipalities)('131016')).toBe('ちよだく');
		expect(kanaLookup(shapes('福岡県').municipalities)('402311')).toBe('なかがわし');
	});
});
