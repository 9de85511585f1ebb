import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { GENERATED_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../../tools/support/wasm-engine';
import type { QueryEngine } from '../../src/lib/sql/engine';
import * as Q from '../../src/lib/sql/queries';
import { TABLE_NAMES } from '../../src/lib/sql/schema';

// The Parquet (Node) and the Arrow IPC (browser) must hold the same tables, and the same SQL
// must give the same figures in @duckdb/node-api and in DuckDB-wasm.
let node: QueryEngine;
let wasm: QueryEngine;
beforeAll(async () => {
	node = await openDataEngine(GENERATED_DATA_DIR);
	wasm = await openWasmEngine(GENERATED_DATA_DIR, TABLE_NAMES, { format: 'arrow' });
});
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
				[Q.MUNICIPAL_MEASURES, [date, '2017-03-08']],
				[Q.MUNICIPAL_MEASURES, [date, null]],
				[Q.BUREAU_MEASURES, [date, '2017-03-08']],
				[Q.MUNICIPALITY_HISTORY, ['011002']],
				[Q.MUNICIPALITY_STANDING, [date, '012025']],
				[Q.HOKKAIDO_MUNICIPAL_RANKING, [date]],
				[Q.MUNICIPAL_PEER_RANKS, [date, null]]
			] as const) {
				const fromNode = await node.query(sql, params);
				const fromWasm = await wasm.query(sql, params);
				expect(fromNode.length).toBeGreaterThan(0);
				expect(fromWasm).toEqual(fromNode);
			}
		});
	}

	it('loads every row of every table in both engines', async () => {
		for (const table of ['releases', 'municipalities', 'municipal_issuance', 'prefectural_issuance', 'national_by_kind', 'demographics']) {
			const sql = `SELECT count(*)::INTEGER AS n FROM ${table}`;
			expect(await wasm.query(sql)).toEqual(await node.query(sql));
		}
	});
});
