import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR, SITE_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../../tools/support/wasm-engine';
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import * as Q from '../../src/lib/sql/queries';
import { TABLE_NAMES } from '../../src/lib/sql/schema';

// The Parquet (Node) and the Arrow IPC (browser) must hold the same tables, and the same SQL
// must give the same figures in @duckdb/node-api and in DuckDB-wasm.
let node: ColumnQueryEngine;
let wasm: ColumnQueryEngine;
beforeAll(async () => {
	node = await openDataEngine(NODE_DATA_DIR);
	wasm = await openWasmEngine(SITE_DATA_DIR, TABLE_NAMES, { format: 'arrow' });
}, 120_000); // DuckDB-wasm's start takes longer than the default hook time on a busy machine
afterAll(async () => {
	await node.close();
	await wasm.close();
});

describe('one query layer, two engines', () => {
	for (const date of ['2017-03-08', '2020-01-20', '2022-06-30']) {
		it(`gives identical results for ${date}`, async () => {
			for (const [sql, params] of [
				[Q.PREFECTURE_HEADLINE, [date, '北海道']],
				[Q.PREFECTURE_RANKING, [date]],
				[Q.MUNICIPAL_MEASURES, [date, '2017-03-08', '北海道']],
				[Q.MUNICIPAL_MEASURES, [date, null, '長野県']],
				[Q.BUREAU_MEASURES, [date, '2017-03-08', '北海道']],
				[Q.MUNICIPALITY_HISTORY, ['011002']],
				[Q.MUNICIPALITY_STANDING, [date, '012025']],
				[Q.MUNICIPAL_RANKING_IN_PREFECTURE, [date, '東京都']],
				[Q.MUNICIPAL_PEER_RANKS, [date, null, '北海道']]
			] as const) {
				const fromNode = await node.query(sql, params);
				const fromWasm = await wasm.query(sql, params);
				expect(fromNode.length).toBeGreaterThan(0);
				expect(fromWasm).toEqual(fromNode);
			}
		});
	}

	// Read column by column as /ranking/ reads it: the same columns from both engines, the same
	// values as the rows, lowest rate first (ties may come in either order, so rows are compared as a set).
	for (const date of ['2017-03-08', '2022-06-30']) {
		it(`gives the national distribution of ${date} column by column, the same in both engines`, async () => {
			const plain = (columns: object): Record<string, unknown[]> => Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, Array.from(values as ArrayLike<unknown>)]));
			const fromNode = plain(await node.queryColumns<Q.NationalMunicipalRateRow>(Q.NATIONAL_MUNICIPAL_RATES, [date]));
			const fromWasm = plain(await wasm.queryColumns<Q.NationalMunicipalRateRow>(Q.NATIONAL_MUNICIPAL_RATES, [date]));
			expect(Object.keys(fromWasm)).toEqual(['code6', 'name', 'pref_code', 'rate']);
			expect(Object.keys(fromNode)).toEqual(['code6', 'name', 'pref_code', 'rate']);
			expect(fromNode.rate.length).toBeGreaterThan(1000);
			expect(fromWasm.rate).toEqual(fromNode.rate);
			const rates = fromNode.rate as number[];
			expect(rates.every((r, i) => i === 0 || rates[i - 1] <= r)).toBe(true);
			const rowsOf = (c: Record<string, unknown[]>) => c.code6.map((_, i) => [c.code6[i], c.name[i], c.pref_code[i], c.rate[i]]).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
			expect(rowsOf(fromWasm)).toEqual(rowsOf(fromNode));
			// The columns hold what the rows hold, in the same order.
			const rows = await wasm.query<Q.NationalMunicipalRateRow>(Q.NATIONAL_MUNICIPAL_RATES, [date]);
			expect(rows.map((r) => [r.code6, r.name, r.pref_code, r.rate])).toEqual(fromWasm.code6.map((_, i) => [fromWasm.code6[i], fromWasm.name[i], fromWasm.pref_code[i], fromWasm.rate[i]]));
			// Each municipality's prefecture code is the first two digits of its code.
			expect(fromNode.code6.every((code, i) => Number(String(code).slice(0, 2)) === fromNode.pref_code[i])).toBe(true);
		});
	}

	it('loads every row of every table in both engines', async () => {
		for (const table of ['releases', 'municipalities', 'municipal_issuance', 'prefectural_issuance', 'national_by_kind', 'demographics']) {
			const sql = `SELECT count(*)::INTEGER AS n FROM ${table}`;
			expect(await wasm.query(sql)).toEqual(await node.query(sql));
		}
	});
});
