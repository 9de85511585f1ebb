import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { openDataEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR, SITE_DATA_DIR } from '../../src/lib/server/paths';
import { readHeadline } from '../../src/lib/data/headline';
import { roundOneDecimal as roundRate } from '../../src/lib/domain/figures';
import { MUNICIPALITY_COUNT, PREFECTURE_RANKING, type CountRow, type PrefectureRankRow } from '../../src/lib/sql/queries';

// Runs on the real data built by `npm run data` from the mirror: the figures must equal MIC's.
let engine: NodeEngine;
beforeAll(async () => {
	engine = await openDataEngine(NODE_DATA_DIR);
});
afterAll(() => engine.close());

describe('official figures, 2022-06-30', () => {
	it('北海道 42.1 %, 36th of 47; 全国 45.3 %', async () => {
		const result = await readHeadline(engine, '2022-06-30', '北海道');
		expect(result).not.toBeNull();
		const { headline } = result!;
		expect(roundRate(headline.rate)).toBe(42.1);
		expect(headline.rank).toBe(36);
		expect(headline.prefecture_count).toBe(47);
		expect(roundRate(headline.national_rate)).toBe(45.3);
		expect(headline.population).toBe(5228732);
		expect(headline.cards).toBe(2203114);
	});

	it('179 Hokkaido municipalities and 1,741 nationally', async () => {
		expect(await engine.query<CountRow>(MUNICIPALITY_COUNT, ['2022-06-30', '北海道'])).toEqual([{ n: 179 }]);
		expect(await engine.query<CountRow>(MUNICIPALITY_COUNT, ['2022-06-30', null])).toEqual([{ n: 1741 }]);
	});

	it('ranks 宮崎県 first and 沖縄県 last', async () => {
		const ranking = await engine.query<PrefectureRankRow>(PREFECTURE_RANKING, ['2022-06-30']);
		expect(ranking[0]).toMatchObject({ prefecture: '宮崎県', rank: 1, published_rate: 58.6 });
		expect(ranking.at(-1)).toMatchObject({ prefecture: '沖縄県', rank: 47 });
	});

	it('has the 14 bureaus of Hokkaido summing to the prefecture', async () => {
		const result = await readHeadline(engine, '2022-06-30', '北海道');
		expect(result!.bureaus).toHaveLength(14);
		expect(result!.bureaus.reduce((s, b) => s + b.municipality_count, 0)).toBe(179);
		expect(result!.bureaus.reduce((s, b) => s + b.cards, 0)).toBe(2203114);
	});
});

describe('every release', () => {
	it('has 40 releases, each with 47 prefectures and 1,741 municipalities', async () => {
		const rows = await engine.query<{ release_date: string; prefectures: number; municipalities: number }>(`
			SELECT strftime(r.release_date, '%Y-%m-%d') AS release_date,
			       (SELECT count(*) FROM prefectural_issuance p WHERE p.release_date = r.release_date)::INTEGER AS prefectures,
			       (SELECT count(*) FROM municipal_issuance m WHERE m.release_date = r.release_date)::INTEGER AS municipalities
			FROM releases r ORDER BY 1`);
		expect(rows).toHaveLength(40);
		for (const row of rows) expect(row, row.release_date).toMatchObject({ prefectures: 47, municipalities: 1741 });
	});

	it('computes every published municipal, prefectural and national rate exactly, rounded to one decimal', async () => {
		for (const [table, where] of [['municipal_issuance', 'true'], ['prefectural_issuance', 'true'], ['national_by_kind', "kind = '全国'"]]) {
			const [row] = await engine.query<{ n: number; mismatches: number }>(
				`SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE round(100.0 * cards / population, 1) <> published_rate)::INTEGER AS mismatches FROM ${table} WHERE ${where}`
			);
			expect(row.n).toBeGreaterThan(0);
			expect(row.mismatches, table).toBe(0);
		}
	});

	it('finds only the four known misprints in the by-kind table, which is why rates are computed, not copied', async () => {
		const rows = await engine.query<{ release_date: string; kind: string; published_rate: number }>(`
			SELECT strftime(release_date, '%Y-%m-%d') AS release_date, kind, published_rate::DOUBLE AS published_rate
			FROM national_by_kind WHERE round(100.0 * cards / population, 1) <> published_rate ORDER BY 1, 2`);
		expect(rows).toEqual([
			{ release_date: '2020-03-01', kind: '市（政令指定都市を除く）', published_rate: 14.8 },
			{ release_date: '2020-03-01', kind: '町村', published_rate: 12.6 },
			{ release_date: '2021-01-01', kind: '町村', published_rate: 24.2 },
			{ release_date: '2021-02-01', kind: '町村', published_rate: 25.2 }
		]);
	});

	it('keeps 三宅村 and 八丈町 in the releases that published "<NA>" for their code', async () => {
		const [row] = await engine.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM municipal_issuance WHERE code6 IN ('133817', '134015') AND release_date >= DATE '2021-08-01'`
		);
		expect(row.n).toBe(22); // 11 releases × 2
	});

	it('sums the prefectures to the national total', async () => {
		const rows = await engine.query<{ release_date: string; diff: number }>(`
			SELECT strftime(p.release_date, '%Y-%m-%d') AS release_date, (sum(p.cards) - any_value(n.cards))::INTEGER AS diff
			FROM prefectural_issuance p JOIN national_by_kind n ON n.release_date = p.release_date AND n.kind = '全国'
			GROUP BY p.release_date HAVING diff <> 0`);
		expect(rows).toEqual([]);
	});
});

describe('boundaries', () => {
	const topology = JSON.parse(readFileSync(join(SITE_DATA_DIR, 'boundaries', '01.topo.json'), 'utf8')) as Topology;
	type ShapeProperties = { code6: string; hasData: boolean; name: string };
	const shapes = (topology.objects.municipalities as GeometryCollection).geometries as unknown as { properties: ShapeProperties }[];

	it('has one shape per municipality with data, plus the six Northern Territories villages', async () => {
		expect(shapes).toHaveLength(185);
		expect(shapes.filter((s) => !s.properties.hasData).map((s) => s.properties.name).sort()).toEqual(
			['泊村', '留別村', '留夜別村', '紗那村', '色丹村', '蘂取村'].sort()
		);
		const codes = await engine.query<{ code6: string }>(`SELECT code6 FROM municipalities WHERE prefecture = '北海道' ORDER BY code6`);
		expect(shapes.filter((s) => s.properties.hasData).map((s) => s.properties.code6).sort()).toEqual(codes.map((c) => c.code6));
	});

	it('merges Sapporo\'s ten wards into one 札幌市', () => {
		const sapporo = shapes.filter((s) => s.properties.name === '札幌市');
		expect(sapporo).toHaveLength(1);
		expect(sapporo[0].properties.code6).toBe('011002');
	});

	it('has the 14 bureaus as their own layer', () => {
		expect((topology.objects.bureaus as GeometryCollection).geometries).toHaveLength(14);
	});
});
