/**
 * The first wall of 探索: which analyst-written SQL may reach DuckDB at all. Only reading
 * statements over the site's tables pass; anything that installs, loads, attaches, copies,
 * changes settings, writes, or reads a file or URL is refused here with a reason, before DuckDB
 * sees it. The second wall is the sandbox engine's locked configuration (explore-engine.ts),
 * which holds even if something slips past this list.
 * The SQL is read by DuckDB's own lexical rules first (duckdb-lexer.ts), so the statements
 * checked here are exactly the statements DuckDB would run: a keyword inside a string is not a
 * keyword, and no quote, comment or dollar tag can hide a statement from this check.
 */
import { splitStatements, tokenize, type Token } from './duckdb-lexer';

export type Refusal =
	| { kind: 'empty' }
	| { kind: 'extension'; word: string }
	| { kind: 'database'; word: string }
	| { kind: 'file'; word: string }
	| { kind: 'setting'; word: string }
	| { kind: 'write'; word: string }
	| { kind: 'statement'; word: string }
	| { kind: 'unterminated' }
	| { kind: 'escaped' }
	| { kind: 'character' };

export type Verdict = { allowed: true } | { allowed: false; refusal: Refusal };

/** Statements that only read. */
const READING = new Set(['select', 'with', 'from', 'values', 'table', 'describe', 'desc', 'show', 'summarize', 'explain', 'pivot', 'unpivot', 'pivot_wider', 'pivot_longer']);

/** Statement heads refused, by what they would do. */
const REFUSED_HEADS: Record<string, Refusal['kind']> = {
	install: 'extension',
	load: 'extension',
	force: 'extension',
	update: 'write',
	attach: 'database',
	detach: 'database',
	use: 'database',
	checkpoint: 'database',
	vacuum: 'database',
	copy: 'file',
	export: 'file',
	import: 'file',
	pragma: 'setting',
	set: 'setting',
	reset: 'setting',
	call: 'setting',
	create: 'write',
	drop: 'write',
	alter: 'write',
	insert: 'write',
	delete: 'write',
	truncate: 'write',
	merge: 'write',
	comment: 'write',
	begin: 'write',
	commit: 'write',
	rollback: 'write',
	abort: 'write',
	start: 'write',
	prepare: 'write',
	execute: 'write',
	deallocate: 'write'
};

/** Functions that read or write files or URLs, run other SQL, or reach settings and variables. */
const FILE_FUNCTIONS = /^(read_\w+|parquet_\w+|sniff_csv|glob|read_text|read_blob|csv_scan|json_scan|arrow_scan|iceberg_\w+|delta_scan|sqlite_\w+|postgres_\w+|mysql_\w+|query|query_table|getvariable|current_setting|duckdb_secrets|which_secret|load_extension|duckdb_extensions|ducklake_\w+|httpfs\w*|http_\w+)$/;

/** Keywords that write even inside a reading statement (e.g. `WITH … INSERT`, `SELECT … INTO`). */
const WRITING_WORDS = new Set(['insert', 'update', 'delete', 'into', 'drop', 'create', 'alter', 'truncate', 'copy', 'attach', 'install', 'load', 'pragma', 'set']);

/** A literal naming a file or a URL: DuckDB reads `FROM 'x.csv'` or `FROM "http://…"` as a file. */
const LOOKS_LIKE_FILE = /:\/\/|^[a-z][a-z0-9+.-]*:\/|^\/\/|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|db|duckdb|sqlite|xlsx|arrow|gz|zst|ipc)$/i;

const headOf = (tokens: Token[]) => tokens.find((t) => !(t.kind === 'punct' && t.text === '('));

/** Whether one statement (DuckDB's tokens) begins as a reading statement. */
export const readsByHead = (tokens: Token[]): boolean => {
	const head = headOf(tokens);
	return head?.kind === 'word' && READING.has(head.text);
};

function checkStatement(tokens: Token[]): Refusal | null {
	const head = headOf(tokens);
	if (!head || head.kind !== 'word') return { kind: 'statement', word: head?.text ?? '' };
	if (!READING.has(head.text)) return { kind: REFUSED_HEADS[head.text] ?? 'statement', word: head.text.toUpperCase() };
	for (let k = 0; k < tokens.length; k++) {
		const token = tokens[k];
		const name = token.kind === 'word' || token.kind === 'quoted' ? token.text.toLowerCase() : null;
		if (name && tokens[k + 1]?.kind === 'punct' && tokens[k + 1].text === '(' && FILE_FUNCTIONS.test(name)) return { kind: 'file', word: name };
		if ((token.kind === 'string' || token.kind === 'quoted') && LOOKS_LIKE_FILE.test(token.text.trim())) return { kind: 'file', word: token.text };
		if (token.kind === 'word' && WRITING_WORDS.has(token.text)) {
			// `SET` also appears in `UPDATE … SET`, `INTO` in `COPY … INTO`: a reading statement has neither.
			return { kind: REFUSED_HEADS[token.text] ?? 'write', word: token.text.toUpperCase() };
		}
	}
	return null;
}

/** Whether `sql` may be sent to the sandbox engine, and if not, why. */
export function classifyExploreSql(sql: string): Verdict {
	const tokens = tokenize(sql);
	if (typeof tokens === 'string') return { allowed: false, refusal: { kind: tokens } };
	const list = splitStatements(tokens);
	if (list.length === 0) return { allowed: false, refusal: { kind: 'empty' } };
	for (const statement of list) {
		const refusal = checkStatement(statement);
		if (refusal) return { allowed: false, refusal };
	}
	return { allowed: true };
}
