/**
 * A population of 0 is refused at import; should such a row reach an engine anyway, its rate is
 * NULL (never NaN or Infinity) and it has no rank, while the others rank among themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { createTableSql, TABLE_NAMES } from '../../src/lib/sql/schema';
import { MUNICIPAL_RANKING_IN_PREFECTURE, MUNICIPALITY_STANDING, PREFECTURE_HEADLINE, PREFECTURE_RANKING, type MunicipalRankRow, type MunicipalityStandingRow, type PrefectureHeadlineRow, type PrefectureRankRow } from '../../src/lib/sql/queries';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import { formatRate } from '../../src/lib/domain/format';

const D = '2023-02-01';
let engine: NodeEngine;

beforeAll(async () => {
	engine = await openMemoryEngine();
	for (const table of TABLE_NAMES) await engine.connection.run(createTableSql(table));
	// Invented: 北海道 has no population, every other prefecture 1,000 people and i cards.
	const prefectures = PREFECTURES.map((p, i) => `(DATE '${D}', '${p}', ${i + 1}, ${i === 0 ? 0 : 1000}, ${i === 0 ? 0 : i * 10}, NULL, DATE '2023-01-01', DATE '${D}')`);
	await engine.connection.run(`INSERT INTO prefectural_issuance VALUES ${prefectures.join(', ')}`);
	await engine.connection.run(`INSERT INTO national_by_kind VALUES (DATE '${D}', '全国', 46000, 10810, NULL, DATE '2023-01-01', DATE '${D}')`);
	await engine.connection.run(`INSERT INTO municipalities (code6, code5, name, prefecture, pref_code, bureau) VALUES ('011002', '01100', '札幌市', '北海道', 1, '石狩振興局'), ('012025', '01202', '函館市', '北海道', 1, '渡島総合振興局'), ('012033', '01203', '小樽市', '北海道', 1, '後志総合振興局')`);
	await engine.connection.run(
		`INSERT INTO municipal_issuance VALUES (DATE '${D}', '011002', 0, 0, NULL, DATE '2023-01-01', DATE '${D}'), (DATE '${D}', '012025', 100, 40, 40.0, DATE '2023-01-01', DATE '${D}'), (DATE '${D}', '012033', 100, 50, 50.0, DATE '2023-01-01', DATE '${D}')`
	);
});
afterAll(() => engine?.close());

describe('no population: no rate, no rank', () => {
	it('the prefecture headline and ranking', async () => {
		const [headline] = await engine.query<PrefectureHeadlineRow>(PREFECTURE_HEADLINE, [D, '北海道']);
		expect(headline.rate).toBeNull();
		expect(headline.rank).toBeNull();
		expect(formatRate(headline.rate)).toBe('—');
		const ranking = await engine.query<PrefectureRankRow>(PREFECTURE_RANKING, [D]);
		expect(ranking.find((r) => r.prefecture === '北海道')!.rank).toBeNull();
		expect(ranking.find((r) => r.prefecture === '沖縄県')!.rank).toBe(1);
		expect(ranking.filter((r) => r.rank != null).map((r) => r.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
	});
	it('a municipality: standing and ranking', async () => {
		const [standing] = await engine.query<MunicipalityStandingRow>(MUNICIPALITY_STANDING, [D, '011002']);
		expect([standing.rate, standing.rank_in_prefecture, standing.rank_national]).toEqual([null, null, null]);
		const ranking = await engine.query<MunicipalRankRow>(MUNICIPAL_RANKING_IN_PREFECTURE, [D, '北海道']);
		expect(ranking.map((r) => [r.code6, r.rank])).toEqual([['012033', 1], ['012025', 2], ['011002', null]]);
		expect(ranking.every((r) => r.rate == null || Number.isFinite(r.rate))).toBe(true);
	});
});
