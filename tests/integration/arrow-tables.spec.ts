import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_DATA_DIR, SITE_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../../tools/support/wasm-engine';
import type { QueryEngine } from '../../src/lib/sql/engine';
import { TABLE_NAMES, TABLES } from '../../src/lib/sql/schema';

// The browser loads the tables from Arrow IPC streams; they must hold exactly what the CSV holds,
// with the declared types.
let fromCsv: QueryEngine;
let fromArrow: QueryEngine;
beforeAll(async () => {
	fromCsv = await openWasmEngine(NODE_DATA_DIR);
	fromArrow = await openWasmEngine(SITE_DATA_DIR, TABLE_NAMES, { format: 'arrow' });
}, 60_000);
afterAll(async () => {
	await fromCsv.close();
	await fromArrow.close();
});

describe('tables loaded from Arrow IPC', () => {
	for (const table of TABLE_NAMES) {
		it(`${table}: same declared types and the same rows as from CSV`, async () => {
			const types = await fromArrow.query<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE ${table})`);
			expect(types.map((t) => [t.column_name, t.column_type])).toEqual(Object.entries(TABLES[table].columns));
			const all = `SELECT * FROM ${table} ORDER BY ALL`;
			const csvRows = await fromCsv.query(all);
			expect(await fromArrow.query(all)).toEqual(csvRows);
		});
	}
});
