import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LOCKDOWN_SETTINGS } from './lockdown';

// The same DuckDB version as the browser's (1.4): what the sandbox relies on when a statement gets past explore-guard.
let connection: DuckDBConnection;
beforeAll(async () => {
	connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run('CREATE TABLE t AS SELECT 1 AS a');
	for (const statement of LOCKDOWN_SETTINGS) await connection.run(statement);
});
afterAll(() => connection?.closeSync());

const failure = (sql: string) => connection.run(sql).then(() => 'ran', (error: Error) => error.message);

describe('LOCKDOWN_SETTINGS', () => {
	it('locks the configuration: settings cannot be turned back on', async () => {
		expect(await failure('SET autoinstall_known_extensions = true')).toMatch(/configuration has been locked/);
		expect(await failure('SET enable_external_access = true')).toMatch(/configuration has been locked/);
		expect(await failure('RESET lock_configuration')).toMatch(/configuration has been locked/);
	});

	it('refuses files, URLs and extensions whatever the statement', async () => {
		for (const sql of [
			"SELECT * FROM read_csv('http://example.com/a.csv')",
			"SELECT * FROM 'http://example.com/a.csv'",
			"ATTACH 'http://example.com/x.db' AS x",
			"COPY t TO 'http://example.com/x.csv'",
			"COPY t TO 'local.csv'",
			'LOAD httpfs',
			'INSTALL httpfs'
		])
			expect(await failure(sql), sql).toMatch(/Permission Error|disabled/);
		await connection.run("SET VARIABLE u = 'http://example.com/'");
		expect(await failure("SELECT * FROM read_csv(getvariable('u') || 'x.csv')")).toMatch(/Permission Error/);
	});

	it('still reads the tables already loaded', async () => {
		const reader = await connection.runAndReadAll('SELECT a FROM t');
		expect(reader.getRows()).toEqual([[1]]);
	});
});
