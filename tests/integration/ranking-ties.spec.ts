import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryEngine } from '../../src/lib/server/node-engine';
import { openWasmEngine } from '../../tools/support/wasm-engine';
import type { QueryEngine } from '../../src/lib/sql/engine';
import { createTableSql } from '../../src/lib/sql/schema';
import { PREFECTURE_RANKING, type PrefectureRankRow } from '../../src/lib/sql/queries';

// Invented prefectures: A and B have the same ratio written differently (1/4 = 2/8), C's
// rounded rate equals A's (25.04 % → 25.0 %) but its exact ratio is higher, so it ranks above.
const INVENTED = `INSERT INTO prefectural_issuance VALUES
	('2099-01-31', '架空A県', 1, 400, 100, 25.0, '2099-01-01', '2099-01-31'),
	('2099-01-31', '架空B県', 2, 800, 200, 25.0, '2099-01-01', '2099-01-31'),
	('2099-01-31', '架空C県', 3, 10000, 2504, 25.0, '2099-01-01', '2099-01-31'),
	('2099-01-31', '架空D県', 4, 1000, 100, 10.0, '2099-01-01', '2099-01-31')`;

const engines: Record<string, QueryEngine> = {};
beforeAll(async () => {
	const node = await openMemoryEngine();
	engines.node = node;
	engines.wasm = await openWasmEngine();
	for (const engine of Object.values(engines)) {
		await engine.query(createTableSql('prefectural_issuance'));
		await engine.query(INVENTED);
	}
});
afterAll(async () => {
	for (const engine of Object.values(engines)) await engine.close();
});

describe.each(['node', 'wasm'])('PREFECTURE_RANKING in %s', (name) => {
	it('ranks by cards ÷ population, ties share a rank and the next rank skips', async () => {
		const rows = await engines[name].query<PrefectureRankRow>(PREFECTURE_RANKING, ['2099-01-31']);
		expect(rows.map((r) => [r.prefecture, r.rank])).toEqual([
			['架空C県', 1],
			['架空A県', 2],
			['架空B県', 2],
			['架空D県', 4]
		]);
	});
});
