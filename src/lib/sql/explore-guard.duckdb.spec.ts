import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DuckDBInstance, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { classifyExploreSql, readsByHead } from './explore-guard';
import { splitStatements, tokenize } from './duckdb-lexer';

// The guard against the engine itself (DuckDB 1.4, the browser's version): same statements, same kinds.
let connection: DuckDBConnection;
beforeAll(async () => {
	connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run('CREATE TABLE t AS SELECT 1 AS a');
});
afterAll(() => connection?.closeSync());

/** More runs on demand (GUARD_PROPERTY_SCALE=20 for a long soak); the suite runs the default. */
const SCALE = Number(process.env.GUARD_PROPERTY_SCALE ?? 1);

const READING_TYPES = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

/** DuckDB's split of `sql`: one entry per statement (its type, or null if it does not bind), or null if DuckDB cannot parse it. */
async function duckdbStatements(sql: string): Promise<Array<StatementType | null> | null> {
	let extracted;
	try {
		extracted = await connection.extractStatements(sql);
	} catch {
		return null;
	}
	const types: Array<StatementType | null> = [];
	for (let i = 0; i < extracted.count; i++) types.push(await extracted.prepare(i).then((p) => p.statementType, () => null));
	return types;
}

const guardStatements = (sql: string) => {
	const tokens = tokenize(sql);
	return typeof tokens === 'string' ? tokens : splitStatements(tokens);
};

/** The guard and DuckDB agree on `sql`: same statements, same kinds; nothing the guard lets through writes. */
async function agree(sql: string): Promise<'parsed' | 'not parsed'> {
	const engine = await duckdbStatements(sql);
	const verdict = classifyExploreSql(sql);
	if (engine === null) return 'not parsed';
	const guard = guardStatements(sql);
	expect(guard, JSON.stringify(sql)).not.toBeTypeOf('string');
	if (typeof guard === 'string') return 'parsed';
	expect(guard.length, JSON.stringify(sql)).toBe(engine.length);
	guard.forEach((tokens, i) => {
		if (engine[i] !== null) expect(readsByHead(tokens), `${JSON.stringify(sql)} #${i}: ${engine[i]}`).toBe(READING_TYPES.has(engine[i]!));
	});
	// A statement that does not bind (null) never runs.
	if (verdict.allowed) for (const type of engine) expect(type === null || READING_TYPES.has(type), JSON.stringify(sql)).toBe(true);
	return 'parsed';
}

// Text that tries to open, close or fake every kind of token.
const HOSTILE = ["'", "''", '"', '$', '$$', '$é$', '$a$', '$_x$', '$タグ$', '$tag_0123456789_long_tag$', ';', '--', '-', '/*', '*/', '/', '*', '\\', "\\'", '\n', '\r', '\r\n', ' ', '\t', '\f', '\v', '\u3000', '\u00a0', '\ufeff', '\u2028', 'e', 'E', "E'", 'b', 'x', 'a', 'é', '1', 'DROP TABLE t', 'INSTALL httpfs', 'SELECT 1', "u&'"];
const hostileText = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((parts) => parts.join(''));

const space = fc.constantFrom(' ', '\n', '\r', '\r\n', '\t', '\f', '\u3000', '\u00a0', '  ');
const tags = fc.constantFrom('', 'a', '_x', 'é', 'タグ', 'a1', 'tag_0123456789_abcdefghijklmnopqrstuvwxyz_long');

/** A literal of every kind DuckDB reads, holding hostile text written correctly for that kind. */
const literal = fc.oneof(
	hostileText.map((s) => `'${s.replaceAll("'", "''")}'`),
	fc.tuple(hostileText, fc.constantFrom("''", "\\'")).map(([s, quote]) => `E'${s.replaceAll('\\', '\\\\').replaceAll("'", quote)}'`),
	hostileText.map((s) => `e'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`),
	fc.tuple(tags, hostileText).filter(([tag, s]) => !`${s}$`.includes(`$${tag}$`)).map(([tag, s]) => `$${tag}$${s}$${tag}$`),
	fc.tuple(hostileText, hostileText).map(([a, b]) => `'${a.replaceAll("'", "''")}' -- c\n'${b.replaceAll("'", "''")}'`),
	fc.tuple(hostileText, space).map(([s, w]) => `'${s.replaceAll("'", "''")}'${w}\n${w}'x'`),
	fc.constantFrom("x'1f'", "N'n'", '1', '1e3', "'ok'")
);
const comment = fc.oneof(
	fc.tuple(hostileText, fc.constantFrom('\n', '\r', '\r\n')).map(([s, end]) => `--${s.replace(/[\n\r]/g, '')}${end}`),
	hostileText.map((s) => `/*${s.replaceAll('/*', '').replaceAll('*/', '').replace(/[/*]+$/, '').replace(/^[/*]+/, '')}*/`),
	fc.constant('/* outer /* ; DROP TABLE t; */ still */')
);
const gap = fc.array(fc.oneof(space, comment), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
const identifier = hostileText.filter((s) => s.length > 0).map((s) => `"${s.replaceAll('"', '""')}"`);

const reading = fc.oneof(
	fc.tuple(gap, literal).map(([g, l]) => `SELECT${g}${l}`),
	fc.tuple(gap, literal, identifier).map(([g, l, id]) => `SELECT ${l}${g}AS ${id}`),
	fc.tuple(gap, literal).map(([g, l]) => `SELECT a FROM t WHERE a::VARCHAR =${g}${l}`),
	fc.tuple(gap, literal).map(([g, l]) => `WITH q AS (SELECT ${l} AS x)${g}SELECT * FROM q`),
	fc.tuple(gap, literal).map(([g, l]) => `VALUES (${l})${g}`),
	fc.tuple(gap, literal).map(([g, l]) => `EXPLAIN${g}SELECT ${l}`),
	fc.constantFrom('FROM t', 'DESCRIBE t', 'SUMMARIZE t', 'SHOW TABLES', '(SELECT 1) UNION ALL (SELECT 2)')
);
const writing = fc.oneof(
	fc.tuple(gap, literal).map(([g, l]) => `CREATE TABLE IF NOT EXISTS t2 AS SELECT${g}${l} AS x`),
	fc.constantFrom('DROP TABLE IF EXISTS t2', 'INSERT INTO t VALUES (1)', 'UPDATE t SET a = 1', 'DELETE FROM t', 'INSTALL httpfs', 'LOAD httpfs', 'SET threads = 1', "SET VARIABLE v = 'x'", 'CHECKPOINT', 'ATTACH IF NOT EXISTS \':memory:\' AS m')
);
const script = fc
	.tuple(fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: reading }, { weight: 1, arbitrary: writing }), gap), { minLength: 1, maxLength: 4 }), fc.boolean())
	.map(([statements, trailing]) => statements.map(([s, g]) => `${s}${g}`).join(';') + (trailing ? ';' : ''));

describe('explore guard against DuckDB', () => {
	it('splits the issue’s hostile inputs as DuckDB does, and refuses those that hide a statement', async () => {
		const cases: Array<[sql: string, statements: number, allowed: boolean]> = [
			["SELECT $é$'$é$; DROP TABLE municipal_issuance; --'", 2, false],
			["SELECT $é$'$é$; INSTALL httpfs; --'", 2, false],
			["SELECT $tag_0123456789_abcdefghijklmnopqrstuvwxyz_long$'$tag_0123456789_abcdefghijklmnopqrstuvwxyz_long$; DROP TABLE t; --'", 2, false],
			["SELECT E'\\''; DROP TABLE t; --'", 2, false],
			["SELECT E'\\'; DROP TABLE t; --'", 1, true],
			["SELECT 'a\\'; DROP TABLE t; --'", 2, false],
			["SELECT 'a'\n'; DROP TABLE t; --'", 1, true],
			["SELECT 'a' -- c\n'; DROP TABLE t; --'", 1, true],
			['SELECT 1 -- comment\r; DROP TABLE t', 2, false],
			["SELECT E'\\'', a\u3000$$; DROP TABLE t; --$$", 2, false],
			['SELECT a\u3000$$; DROP TABLE t; --$$ AS b FROM (SELECT 1 AS a)', 1, true],
			['SELECT 1 /* a /* b */ ; DROP TABLE t; */ ; DROP TABLE t', 2, false],
			['SELECT 1 /* a /* b */ ; DROP TABLE t; */', 1, true]
		];
		for (const [sql, statements, allowed] of cases) {
			expect(await agree(sql), JSON.stringify(sql)).toBe('parsed');
			expect(guardStatements(sql), JSON.stringify(sql)).toHaveLength(statements);
			expect(classifyExploreSql(sql).allowed, JSON.stringify(sql)).toBe(allowed);
		}
	});

	it('reads generated scripts mixing every token kind as DuckDB does', async () => {
		let parsed = 0;
		await fc.assert(
			fc.asyncProperty(script, async (sql) => {
				if ((await agree(sql)) === 'parsed') parsed++;
			}),
			{ numRuns: 400 * SCALE }
		);
		// The generator writes valid SQL: most scripts must reach the comparison.
		expect(parsed).toBeGreaterThan(300 * SCALE);
	}, 120_000 * SCALE);

	it('lets no hostile text hide a statement that DuckDB would run as something other than a read', async () => {
		// Openers and closers of every token kind around a write: the shape of every known way past a pattern-matching guard.
		const piece = fc.constantFrom("'", '"', '$$', '$é$', '$a$', "E'", '\\', "\\'", '--', '/*', '*/', '\r', '\n', '\u3000', ' a');
		const hostile = fc
			.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('DROP TABLE IF EXISTS t2', 'INSTALL httpfs', 'SET threads = 1'), fc.array(piece, { maxLength: 3 }))
			.map(([before, write, after]) => `SELECT ${before.join('')}; ${write}; ${after.join('')}`);
		let parsed = 0;
		await fc.assert(
			fc.asyncProperty(hostile, async (sql) => {
				if ((await agree(sql)) === 'parsed') parsed++;
			}),
			{ numRuns: 4000 * SCALE }
		);
		expect(parsed).toBeGreaterThan(100 * SCALE);
	}, 120_000 * SCALE);
});
