/**
 * 保有枚数 (cards held) on both engines, from an INVENTED fixture written by the test: three Hokkaido
 * municipalities in two bureaus, one in 青森県, issued cards in 2022 and cards held in 2023. The
 * figures are made up; exact expectations come from them by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryEngine } from '../../src/lib/server/node-engine';
import { openWasmEngine } from '../../tools/support/wasm-engine';
import { TABLES, TABLE_NAMES, readCsvSql, type TableName } from '../../src/lib/sql/schema';
import { toCanonicalCsv } from '../../src/lib/domain/canonical-csv';
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import * as Q from '../../src/lib/sql/queries';

const m = (code6: string, name: string, prefecture: string, pref_code: number, bureau: string | null) => ({ code6, code5: code6.slice(0, 5), name, prefecture, pref_code, bureau });
const dates = (release: string) => ({ published_rate: null, population_base_date: `${release.slice(0, 4)}-01-01`, cards_base_date: release });
const issued = (release_date: string, code6: string, population: number, cards: number) => ({ release_date, code6, population, cards, ...dates(release_date) });
const held = (release_date: string, code6: string, population: number, held_cards: number) => ({ release_date, code6, population, held_cards, ...dates(release_date) });
const prefHeld = (release_date: string, prefecture: string, pref_code: number, population: number, held_cards: number) => ({ release_date, prefecture, pref_code, population, held_cards, ...dates(release_date) });
const prefIssued = (release_date: string, prefecture: string, pref_code: number, population: number, cards: number) => ({ release_date, prefecture, pref_code, population, cards, ...dates(release_date) });

const FIXTURE: Record<TableName, Record<string, unknown>[]> = {
	releases: [{ release_date: '2022-06-30', population_base_date: '2022-01-01', source: 'mic', has_demographics: false }],
	municipalities: [m('011002', '札幌市', '北海道', 1, '石狩振興局'), m('012025', '函館市', '北海道', 1, '渡島総合振興局'), m('012033', '小樽市', '北海道', 1, '後志総合振興局'), m('022012', '青森市', '青森県', 2, null)],
	municipal_issuance: [issued('2022-06-30', '011002', 1000, 400), issued('2022-06-30', '012025', 200, 100), issued('2022-06-30', '012033', 100, 30), issued('2022-06-30', '022012', 300, 150)],
	prefectural_issuance: [prefIssued('2022-06-30', '北海道', 1, 1300, 530), prefIssued('2022-06-30', '青森県', 2, 300, 150)],
	national_by_kind: [{ release_date: '2022-06-30', kind: '全国', population: 1600, cards: 680, ...dates('2022-06-30') }],
	municipal_holdings: [
		held('2023-06-30', '011002', 1000, 700), held('2023-06-30', '012025', 200, 150), held('2023-06-30', '012033', 100, 60), held('2023-06-30', '022012', 300, 240),
		held('2023-07-31', '011002', 1000, 710), held('2023-07-31', '012025', 200, 150), held('2023-07-31', '012033', 100, 66), held('2023-07-31', '022012', 300, 240)
	],
	prefectural_holdings: [prefHeld('2023-06-30', '北海道', 1, 1300, 910), prefHeld('2023-06-30', '青森県', 2, 300, 240), prefHeld('2023-07-31', '北海道', 1, 1300, 926), prefHeld('2023-07-31', '青森県', 2, 300, 240)],
	demographics: []
};

let dir: string;
let node: ColumnQueryEngine;
let wasm: ColumnQueryEngine;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'holdings-'));
	for (const table of TABLE_NAMES) writeFileSync(join(dir, `${table}.csv`), toCanonicalCsv(Object.keys(TABLES[table].columns), FIXTURE[table]));
	const memory = await openMemoryEngine();
	for (const table of TABLE_NAMES) await memory.query(`CREATE TABLE ${table} AS ${readCsvSql(table, join(dir, `${table}.csv`).replaceAll("'", "''"))}`);
	node = memory;
	wasm = await openWasmEngine(dir);
});
afterAll(async () => {
	await node?.close();
	await wasm?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Runs on both engines, checks they agree, returns the rows. */
async function both<Row>(sql: string, params: (string | null)[] = []): Promise<Row[]> {
	const fromNode = await node.query<Row>(sql, params);
	expect(await wasm.query<Row>(sql, params)).toEqual(fromNode);
	return fromNode;
}

describe('保有枚数 queries on both engines (invented fixture)', () => {
	it('lists which measure each release has, holdings-only releases included', async () => {
		expect(await both(Q.RELEASE_MEASURES)).toEqual([
			{ release_date: '2022-06-30', issued: true, held: false },
			{ release_date: '2023-06-30', issued: false, held: true },
			{ release_date: '2023-07-31', issued: false, held: true }
		]);
	});

	it('heads Hokkaido by cards held, ranked and against the sum of the prefectures', async () => {
		const [row] = await both<Q.PrefectureHeadlineRow>(Q.PREFECTURE_HEADLINE_HELD, ['2023-06-30', '北海道']);
		expect(row).toMatchObject({ prefecture: '北海道', population: 1300, cards: 910, rank: 2, prefecture_count: 2, national_population: 1600, national_cards: 1150 });
		expect(row.rate).toBeCloseTo(70, 12);
		expect(row.national_rate).toBeCloseTo((100 * 1150) / 1600, 12);
		// No issued figure leaks in: the issued headline of that date is empty.
		expect(await both(Q.PREFECTURE_HEADLINE, ['2023-06-30', '北海道'])).toEqual([]);
	});

	it('ranks the prefectures by cards held ÷ population', async () => {
		const rows = await both<Q.PrefectureRankRow>(Q.PREFECTURE_RANKING_HELD, ['2023-06-30']);
		expect(rows.map((r) => [r.prefecture, r.rank, r.cards])).toEqual([['青森県', 1, 240], ['北海道', 2, 910]]);
	});

	it("gives the map's measures over cards held, changes from an earlier holdings release", async () => {
		const rows = await both<Q.MunicipalMeasureRow>(Q.MUNICIPAL_MEASURES_HELD, ['2023-07-31', '2023-06-30', '北海道']);
		expect(rows.map((r) => r.code6)).toEqual(['011002', '012025', '012033']);
		const otaru = rows.find((r) => r.code6 === '012033')!;
		expect(otaru).toMatchObject({ cards: 66, without_card: 34, cards_change: 6, rank_in_prefecture: 3 });
		expect(otaru.rate).toBeCloseTo(66, 12);
		expect(otaru.rate_change).toBeCloseTo(6, 12);
		expect(otaru.gap_hokkaido).toBeCloseTo(66 - (100 * 926) / 1300, 12);
		expect(otaru.gap_national).toBeCloseTo(66 - (100 * 1166) / 1600, 12);
		const bureaus = await both<Q.BureauMeasureRow>(Q.BUREAU_MEASURES_HELD, ['2023-07-31', null, '北海道']);
		expect(bureaus.map((b) => b.bureau)).toEqual(['渡島総合振興局', '石狩振興局', '後志総合振興局']);
		expect(bureaus.every((b) => b.rate_change == null)).toBe(true);
	});

	it("keeps a municipality's histories apart: issued rows from issuance, held rows from holdings", async () => {
		const issuedHistory = await both<Q.MunicipalityHistoryRow>(Q.MUNICIPALITY_HISTORY, ['012033']);
		const heldHistory = await both<Q.MunicipalityHistoryRow>(Q.MUNICIPALITY_HISTORY_HELD, ['012033']);
		expect(issuedHistory.map((r) => [r.release_date, r.cards])).toEqual([['2022-06-30', 30]]);
		expect(heldHistory.map((r) => [r.release_date, r.cards])).toEqual([['2023-06-30', 60], ['2023-07-31', 66]]);
		expect(heldHistory[0].prefecture_rate).toBeCloseTo(70, 12);
		const [standing] = await both<Q.MunicipalityStandingRow>(Q.MUNICIPALITY_STANDING_HELD, ['2023-06-30', '012033']);
		// 60 of 100 below the national 1150/1600: ceil(100 × 1150 / 1600) − 60 = 72 − 60.
		expect(standing).toMatchObject({ rank_in_prefecture: 3, prefecture_count: 3, rank_national: 4, national_count: 4, cards_to_national_rate: 12 });
	});

	it('gives the national distribution column by column, issued and held, lowest rate first, the same in both engines', async () => {
		const plain = (columns: object) => Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, Array.from(values as ArrayLike<unknown>)]));
		const columns = async (sql: string, date: string) => {
			const fromNode = plain(await node.queryColumns<Q.NationalMunicipalRateRow>(sql, [date]));
			expect(plain(await wasm.queryColumns<Q.NationalMunicipalRateRow>(sql, [date]))).toEqual(fromNode);
			return fromNode;
		};
		// Held 2023-06-30: 小樽 60/100, 札幌 700/1000, 函館 150/200, 青森 240/300.
		expect(await columns(Q.NATIONAL_MUNICIPAL_RATES_HELD, '2023-06-30')).toEqual({
			code6: ['012033', '011002', '012025', '022012'],
			name: ['小樽市', '札幌市', '函館市', '青森市'],
			pref_code: [1, 1, 1, 2],
			rate: [60, 70, 75, 80]
		});
		// Issued 2022-06-30: 小樽 30/100, 札幌 400/1000, then 函館 and 青森 both at 50 (either order).
		const issuedRates = await columns(Q.NATIONAL_MUNICIPAL_RATES, '2022-06-30');
		expect(issuedRates.rate).toEqual([30, 40, 50, 50]);
		expect(issuedRates.code6.slice(0, 2)).toEqual(['012033', '011002']);
		expect(await columns(Q.NATIONAL_MUNICIPAL_RATES, '2023-06-30')).toEqual({ code6: [], name: [], pref_code: [], rate: [] });
	});

	it("draws the prefectures' held history with ranks per release", async () => {
		const rows = await both<Q.PrefectureHistoryRow>(Q.PREFECTURE_HISTORY_HELD);
		expect(rows.map((r) => [r.release_date, r.prefecture, r.rank])).toEqual([
			['2023-06-30', '青森県', 1],
			['2023-06-30', '北海道', 2],
			['2023-07-31', '青森県', 1],
			['2023-07-31', '北海道', 2]
		]);
	});
});
