/**
 * The first wall of 探索: which analyst-written SQL may reach DuckDB at all. Only reading
 * statements over the site's tables pass; anything that installs, loads, attaches, copies,
 * changes settings, writes, or reads a file or URL is refused here with a reason, before DuckDB
 * sees it. The second wall is the sandbox engine's locked configuration (explore-engine.ts),
 * which holds even if something slips past this list.
 * Comments, string literals, dollar quotes and quoted identifiers are tokenised first, so a
 * keyword inside a string is not a keyword and one hidden in a comment is not missed.
 */

export type Refusal =
	| { kind: 'empty' }
	| { kind: 'extension'; word: string }
	| { kind: 'database'; word: string }
	| { kind: 'file'; word: string }
	| { kind: 'setting'; word: string }
	| { kind: 'write'; word: string }
	| { kind: 'statement'; word: string }
	| { kind: 'unterminated' }
	| { kind: 'escaped' };

export type Verdict = { allowed: true } | { allowed: false; refusal: Refusal };

type Token = { kind: 'word' | 'string' | 'quoted' | 'punct' | 'end'; text: string };

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

/** `$$` or `$tag$` opens a dollar-quoted string; `$1` is a parameter. */
const DOLLAR_TAG = /^\$([A-Za-z_]\w*)?\$/;

/** Unicode-escaped names and strings (U&"\0072ead_csv") would hide a name from this check. */
const UNICODE_ESCAPE = /^u&['"]/i;

function tokenize(sql: string): Token[] | 'escaped' | null {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (/\s/.test(c)) i++;
		else if (UNICODE_ESCAPE.test(sql.slice(i, i + 3)) && !/[\p{L}\p{N}_]/u.test(sql[i - 1] ?? '')) return 'escaped';
		else if (c === '-' && sql[i + 1] === '-') {
			while (i < sql.length && sql[i] !== '\n') i++;
		} else if (c === '/' && sql[i + 1] === '*') {
			// Block comments nest in DuckDB's (PostgreSQL's) grammar.
			let depth = 0;
			do {
				if (sql.startsWith('/*', i)) (depth++, (i += 2));
				else if (sql.startsWith('*/', i)) (depth--, (i += 2));
				else i++;
			} while (depth > 0 && i < sql.length);
			if (depth > 0) return null;
		} else if (c === "'" || ((c === 'e' || c === 'E') && sql[i + 1] === "'" && !/\w/.test(sql[i - 1] ?? ''))) {
			const backslash = c !== "'";
			i += backslash ? 2 : 1;
			let text = '';
			for (;;) {
				if (i >= sql.length) return null;
				if (backslash && sql[i] === '\\') (text += sql[i + 1] ?? ''), (i += 2);
				else if (sql[i] === "'" && sql[i + 1] === "'") (text += "'"), (i += 2);
				else if (sql[i] === "'") break;
				else text += sql[i++];
			}
			i++;
			tokens.push({ kind: 'string', text });
		} else if (c === '"') {
			let text = '';
			i++;
			for (;;) {
				if (i >= sql.length) return null;
				if (sql[i] === '"' && sql[i + 1] === '"') (text += '"'), (i += 2);
				else if (sql[i] === '"') break;
				else text += sql[i++];
			}
			i++;
			tokens.push({ kind: 'quoted', text });
		} else if (c === '$' && DOLLAR_TAG.test(sql.slice(i, i + 64))) {
			const tag = sql.slice(i, i + 64).match(DOLLAR_TAG)![0];
			const close = sql.indexOf(tag, i + tag.length);
			if (close < 0) return null;
			tokens.push({ kind: 'string', text: sql.slice(i + tag.length, close) });
			i = close + tag.length;
		} else if (/[\p{L}\p{N}_]/u.test(c)) {
			let j = i;
			while (j < sql.length && /[\p{L}\p{N}_$]/u.test(sql[j])) j++;
			tokens.push({ kind: 'word', text: sql.slice(i, j).toLowerCase() });
			i = j;
		} else if (c === ';') {
			tokens.push({ kind: 'end', text: ';' });
			i++;
		} else {
			tokens.push({ kind: 'punct', text: c });
			i++;
		}
	}
	return tokens;
}

function statements(tokens: Token[]): Token[][] {
	const list: Token[][] = [[]];
	for (const token of tokens) {
		if (token.kind === 'end') list.push([]);
		else list[list.length - 1].push(token);
	}
	return list.filter((s) => s.length > 0);
}

function checkStatement(tokens: Token[]): Refusal | null {
	const head = tokens.find((t) => !(t.kind === 'punct' && t.text === '('));
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
	if (!tokens) return { allowed: false, refusal: { kind: 'unterminated' } };
	if (tokens === 'escaped') return { allowed: false, refusal: { kind: 'escaped' } };
	const list = statements(tokens);
	if (list.length === 0) return { allowed: false, refusal: { kind: 'empty' } };
	for (const statement of list) {
		const refusal = checkStatement(statement);
		if (refusal) return { allowed: false, refusal };
	}
	return { allowed: true };
}
