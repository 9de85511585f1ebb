import { describe, expect, it } from 'vitest';
import { classifyExploreSql, type Refusal } from './explore-guard';

const refusal = (sql: string): Refusal | null => {
	const verdict = classifyExploreSql(sql);
	return verdict.allowed ? null : verdict.refusal;
};
const kind = (sql: string) => refusal(sql)?.kind ?? 'allowed';

describe('classifyExploreSql', () => {
	it('lets reading statements through', () => {
		for (const sql of [
			'SELECT 1',
			'select * from municipal_issuance limit 5;',
			"WITH t AS (SELECT 1 AS a) SELECT a FROM t",
			'FROM releases',
			'(SELECT 1) UNION ALL (SELECT 2)',
			'DESCRIBE municipalities',
			'SHOW TABLES',
			'SUMMARIZE prefectural_issuance',
			'EXPLAIN SELECT 1',
			"SELECT name FROM municipalities WHERE prefecture = '北海道' ORDER BY code6 DESC",
			"SELECT strftime(DATE '2022-06-30', '%Y/%m/%d')",
			"SELECT 'it''s' AS s; SELECT 2",
			'SELECT count(*) FROM range(10000000000)',
			'SELECT 1 AS a, 2 AS a',
			'SELECT "load", "set" FROM (SELECT 1 AS "load", 2 AS "set")',
			'SELECT $1'
		])
			expect(kind(sql), sql).toBe('allowed');
	});

	it('refuses extensions, other databases, files, settings and writes by kind', () => {
		expect(refusal('INSTALL httpfs')).toEqual({ kind: 'extension', word: 'INSTALL' });
		expect(refusal('LOAD httpfs')).toEqual({ kind: 'extension', word: 'LOAD' });
		expect(kind('FORCE INSTALL httpfs')).toBe('extension');
		expect(kind("ATTACH 'http://example.com/x.db' AS x")).toBe('database');
		expect(kind('DETACH x')).toBe('database');
		expect(kind("COPY municipal_issuance TO 'http://example.com/x.csv'")).toBe('file');
		expect(kind("EXPORT DATABASE 'x'")).toBe('file');
		expect(kind("IMPORT DATABASE 'x'")).toBe('file');
		expect(kind('SET autoinstall_known_extensions = true')).toBe('setting');
		expect(kind("SET VARIABLE u = 'http://example.com/'")).toBe('setting');
		expect(kind('RESET lock_configuration')).toBe('setting');
		expect(kind('PRAGMA enable_profiling')).toBe('setting');
		expect(kind('CALL pragma_version()')).toBe('setting');
		expect(refusal('DROP TABLE municipal_issuance')).toEqual({ kind: 'write', word: 'DROP' });
		expect(kind('CREATE TABLE x AS SELECT 1')).toBe('write');
		expect(kind("INSERT INTO releases VALUES ('2099-12-31')")).toBe('write');
		expect(kind('UPDATE municipal_issuance SET cards = 0')).toBe('write');
		expect(kind('DELETE FROM municipal_issuance')).toBe('write');
		expect(kind('VACUUM')).toBe('database');
		expect(kind('CHECKPOINT')).toBe('database');
	});

	it('refuses functions that read files or URLs, run SQL text, or read variables and settings', () => {
		expect(refusal("SELECT * FROM read_csv('http://example.com/a.csv')")).toEqual({ kind: 'file', word: 'read_csv' });
		expect(kind("SELECT * FROM read_csv_auto('a.csv')")).toBe('file');
		expect(kind("SELECT * FROM READ_PARQUET('x')")).toBe('file');
		expect(kind("SELECT * FROM \"read_csv\"('x')")).toBe('file');
		expect(kind("SELECT * FROM main.read_text('x')")).toBe('file');
		expect(kind("SELECT * FROM read_csv /* gap */ ('x')")).toBe('file');
		expect(kind("SELECT * FROM glob('*')")).toBe('file');
		expect(kind("SELECT * FROM query('INSTALL httpfs')")).toBe('file');
		expect(kind("SELECT getvariable('u') || name FROM municipalities")).toBe('file');
		expect(kind("SELECT current_setting('enable_external_access')")).toBe('file');
	});

	it('refuses literals that name a file or URL (DuckDB reads FROM \'x.csv\' as a file)', () => {
		expect(kind("SELECT * FROM 'http://example.com/a'")).toBe('file');
		expect(kind('SELECT * FROM "https://example.com/a"')).toBe('file');
		expect(kind("SELECT * FROM 'municipal_issuance.csv'")).toBe('file');
		expect(kind("FROM 's3:/bucket/x'")).toBe('file');
		expect(kind("FROM '//example.com/x'")).toBe('file');
		expect(kind("SELECT * FROM E'http:\\/\\/example.com\\/a'")).toBe('file');
		expect(kind("SELECT * FROM $$http://example.com/a$$")).toBe('file');
		expect(kind("SELECT * FROM $u$http://example.com/a$u$")).toBe('file');
	});

	it('refuses writes hidden inside a reading statement', () => {
		expect(kind('WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t')).toBe('write');
		expect(kind('SELECT 1 INTO x')).toBe('write');
	});

	it('checks every statement, and is not fooled by comments or strings', () => {
		expect(kind('SELECT 1; DROP TABLE municipal_issuance')).toBe('write');
		expect(kind('SELECT 1;\nINSTALL httpfs;')).toBe('extension');
		expect(kind('-- just a comment\nLOAD httpfs')).toBe('extension');
		expect(kind('/* SELECT */ ATTACH \'x\'')).toBe('database');
		expect(kind('/* outer /* inner */ still comment */ INSTALL x')).toBe('extension');
		expect(kind("SELECT 'INSTALL httpfs; DROP TABLE x' AS text")).toBe('allowed');
		expect(kind("SELECT 1 -- ; DROP TABLE x")).toBe('allowed');
		expect(kind("SELECT ';' AS s; LOAD httpfs")).toBe('extension');
		expect(kind('SELECT "a;b" FROM (SELECT 1 AS "a;b")')).toBe('allowed');
	});

	it('refuses empty SQL and text it cannot read to the end', () => {
		expect(kind('')).toBe('empty');
		expect(kind('  ;; -- nothing\n')).toBe('empty');
		expect(kind("SELECT 'open")).toBe('unterminated');
		expect(kind('SELECT "open')).toBe('unterminated');
		expect(kind('SELECT 1 /* open')).toBe('unterminated');
		expect(kind('SELECT $$open')).toBe('unterminated');
		expect(kind('GRANT x')).toBe('statement');
		expect(kind('SELECT * FROM U&"\\0072ead_csv"(\'x\')')).toBe('escaped');
		expect(kind("SELECT u&'x'")).toBe('escaped');
		expect(kind("SELECT menu&'x'")).not.toBe('escaped');
		expect(kind('+ 1')).toBe('statement');
	});

	it('reads SQL by DuckDB\'s lexical rules, so nothing hides a statement', () => {
		// Dollar quotes take any tag DuckDB takes: non-ASCII, `_`, digits after the first, any length.
		expect(kind("SELECT $é$'$é$; DROP TABLE municipal_issuance; --'")).toBe('write');
		expect(kind("SELECT $é$'$é$; INSTALL httpfs; --'")).toBe('extension');
		expect(kind("SELECT $_x1$'$_x1$; LOAD httpfs; --'")).toBe('extension');
		expect(kind('SELECT $タグ$; DROP TABLE x; $タグ$')).toBe('allowed');
		// `$1` is a parameter, `a$$` an identifier: neither opens a quote.
		expect(kind("SELECT $1, '$1'; DROP TABLE x")).toBe('write');
		// E'' strings end at an unescaped quote; '' strings know no backslash.
		expect(kind("SELECT E'\\''; DROP TABLE x; --'")).toBe('write');
		expect(kind("SELECT E'\\'; DROP TABLE x; --'")).toBe('allowed');
		expect(kind("SELECT 'a\\'; DROP TABLE x; --'")).toBe('write');
		expect(kind("SELECT 1e'\\''; DROP TABLE x; --'")).toBe('write');
		// A `--` comment ends at CR as at LF.
		expect(kind('SELECT 1 -- note\r; DROP TABLE x')).toBe('write');
		expect(kind('SELECT 1 -- note\r\n; DROP TABLE x')).toBe('write');
		// Literals continued across a newline are one literal: checked whole.
		expect(kind("SELECT * FROM 'municipal_issuance'\n'.csv'")).toBe('file');
		expect(kind("SELECT 'a'\n'; DROP TABLE x; --'")).toBe('allowed');
		// DuckDB's unicode-space pass, quirks included (it does not know E'' escapes).
		expect(kind("SELECT E'\\'', a\u3000$$; DROP TABLE x; --$$")).toBe('write');
		expect(kind('SELECT\u30001;\u3000DROP TABLE x')).toBe('write');
		// DuckDB reads up to a NUL; nothing after it could be checked.
		expect(kind('SELECT 1\u0000; DROP TABLE x')).toBe('character');
	});
});
