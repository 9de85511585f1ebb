/**
 * DuckDB's (1.4) lexical rules, on the UTF-8 bytes DuckDB itself reads: its unicode-space pass
 * (Parser::StripUnicodeSpaces, quirks included), then PostgreSQL's scanner as DuckDB builds it —
 * standard strings, E'' strings with backslash escapes, b''/x''/n'' strings, literals continued
 * across a newline, dollar quotes with any tag of ASCII letters, digits, `_` or non-ASCII bytes,
 * `""` identifiers, `--` comments ended by LF or CR, nested block comments, and `;`. Statements
 * split here exactly where DuckDB splits them; explore-guard.duckdb.spec.ts checks it against
 * the engine.
 */

export type Token =
	| { kind: 'word'; text: string }
	| { kind: 'string'; text: string }
	| { kind: 'quoted'; text: string }
	| { kind: 'param'; text: string }
	| { kind: 'number'; text: string }
	| { kind: 'punct'; text: string }
	| { kind: 'end'; text: ';' };

export type LexError = 'unterminated' | 'escaped' | 'character';

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c]);
const HORIZONTAL_SPACE = new Set([0x20, 0x09, 0x0c]);
const isNewline = (b: number) => b === 0x0a || b === 0x0d;
const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
/** Identifier and dollar-tag start: ASCII letters, `_`, and every byte of a non-ASCII character. */
const isIdentStart = (b: number) => isLetter(b) || b === 0x5f || b >= 0x80;
const isTagCont = (b: number) => isIdentStart(b) || isDigit(b);
const isIdentCont = (b: number) => isTagCont(b) || b === 0x24;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const DOLLAR = 0x24;

const decoder = new TextDecoder();
const text = (bytes: Uint8Array, from: number, to: number) => decoder.decode(bytes.subarray(from, to));

/** Dollar-tag start as DuckDB's unicode-space pass sees it (no `_`, unlike the scanner). */
const isStripTagStart = (b: number) => isLetter(b) || b >= 0x80;

/**
 * DuckDB replaces these unicode spaces with one ASCII space before it parses, except inside what
 * its own quick pass takes for quotes, dollar quotes and `--` comments. The pass does not know E''
 * escapes, so it can disagree with the scanner about what is quoted: ported as written.
 */
export function stripUnicodeSpaces(query: Uint8Array): Uint8Array {
	const size = query.length;
	const spaces: Array<[number, number]> = [];
	let pos = 0;
	let quote = 0;
	let tag: Uint8Array = new Uint8Array();
	let state: 'regular' | 'quotes' | 'dollar' | 'comment' = 'regular';
	outer: for (;;) {
		if (state === 'regular') {
			for (; pos + 2 < size; pos++) {
				const b = query[pos];
				if (b === 0xc2 && query[pos + 1] === 0xa0) spaces.push([pos, 2]);
				if (b === 0xe2) {
					const [b1, b2] = [query[pos + 1], query[pos + 2]];
					if (b1 === 0x80 && ((b2 >= 0x80 && b2 <= 0x8b) || b2 === 0xaf)) spaces.push([pos, 3]);
					else if (b1 === 0x81 && (b2 === 0x9f || b2 === 0xa0)) spaces.push([pos, 3]);
				} else if (b === 0xe3) {
					if (query[pos + 1] === 0x80 && query[pos + 2] === 0x80) spaces.push([pos, 3]);
				} else if (b === 0xef) {
					if (query[pos + 1] === 0xbb && query[pos + 2] === 0xbf) spaces.push([pos, 3]);
				} else if (b === DQUOTE || b === QUOTE) {
					quote = b;
					pos++;
					state = 'quotes';
					continue outer;
				} else if (b === DOLLAR && (query[pos + 1] === DOLLAR || isStripTagStart(query[pos + 1]))) {
					const start = ++pos;
					for (; pos + 2 < size; pos++) {
						if (query[pos] === DOLLAR) {
							tag = query.subarray(start, pos);
							state = 'dollar';
							continue outer;
						}
						if (!(isStripTagStart(query[pos]) || isDigit(query[pos]))) continue outer;
					}
					break outer;
				} else if (b === 0x2d && query[pos + 1] === 0x2d) {
					state = 'comment';
					continue outer;
				}
			}
			break;
		} else if (state === 'quotes') {
			for (; pos + 1 < size; pos++) {
				if (query[pos] === quote) {
					if (query[pos + 1] === quote) {
						pos++;
						continue;
					}
					pos++;
					state = 'regular';
					continue outer;
				}
			}
			break;
		} else if (state === 'dollar') {
			for (; pos + 2 < size; pos++) {
				if (
					query[pos] === DOLLAR &&
					size - (pos + 1) >= tag.length + 1 &&
					query[pos + tag.length + 1] === DOLLAR &&
					tag.every((b, k) => query[pos + 1 + k] === b)
				) {
					pos += tag.length + 1;
					state = 'regular';
					continue outer;
				}
			}
			break;
		} else {
			for (; pos < size; pos++) {
				if (isNewline(query[pos])) {
					state = 'regular';
					continue outer;
				}
			}
			break;
		}
	}
	if (spaces.length === 0) return query;
	const out: number[] = [];
	let prev = 0;
	for (const [at, length] of spaces) {
		for (let k = prev; k < at; k++) out.push(query[k]);
		out.push(0x20);
		prev = at + length;
	}
	for (let k = prev; k < size; k++) out.push(query[k]);
	return Uint8Array.from(out);
}

/** After a literal's closing quote at `i - 1`: where a continuing `'` starts (whitespace holding a newline), or -1. */
function continuation(b: Uint8Array, i: number): number {
	let newline = false;
	for (;;) {
		if (HORIZONTAL_SPACE.has(b[i]) || (newline && SPACE.has(b[i]))) i++;
		else if (isNewline(b[i])) (newline = true), i++;
		else if (b[i] === 0x2d && b[i + 1] === 0x2d) {
			while (i < b.length && !isNewline(b[i])) i++;
			// After the first newline a comment counts only with its own newline.
			if (newline && i >= b.length) return -1;
		} else return newline && b[i] === QUOTE ? i : -1;
	}
}

type Quoted = { end: number; text: string } | null;

/** A '…' literal from `i` (just past the opening quote); `escapes` for E''; `doubling` is false for b'' and x''. */
function quotedLiteral(b: Uint8Array, i: number, escapes: boolean, doubling: boolean): Quoted {
	const parts: number[] = [];
	for (;;) {
		if (i >= b.length) return null;
		const c = b[i];
		if (escapes && c === 0x5c) {
			if (i + 1 >= b.length) return null;
			i = unescape(b, i, parts);
		} else if (c === QUOTE && doubling && b[i + 1] === QUOTE) parts.push(QUOTE), (i += 2);
		else if (c === QUOTE) {
			const next = continuation(b, i + 1);
			if (next < 0) return { end: i + 1, text: decoder.decode(Uint8Array.from(parts)) };
			i = next + 1;
		} else parts.push(c), i++;
	}
}

const SIMPLE_ESCAPES: Record<number, number> = { 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };

/** One backslash escape of an E'' literal at `i`, its value pushed as UTF-8; returns the next index. */
function unescape(b: Uint8Array, i: number, parts: number[]): number {
	const c = b[i + 1];
	const push = (code: number) => parts.push(...new TextEncoder().encode(String.fromCodePoint(Math.min(code, 0x10ffff))));
	const run = (from: number, max: number, test: (x: number) => boolean) => {
		let j = from;
		while (j < b.length && j - from < max && test(b[j])) j++;
		return j;
	};
	const isHex = (x: number) => isDigit(x) || (x >= 0x41 && x <= 0x46) || (x >= 0x61 && x <= 0x66);
	if (c >= 0x30 && c <= 0x37) {
		const j = run(i + 1, 3, (x) => x >= 0x30 && x <= 0x37);
		push(parseInt(text(b, i + 1, j), 8) & 0xff);
		return j;
	}
	for (const [letter, length] of [[0x78, 2], [0x75, 4], [0x55, 8]] as const) {
		if (c !== letter) continue;
		const j = run(i + 2, length, isHex);
		if (j === i + 2) break;
		push(parseInt(text(b, i + 2, j), 16));
		return j;
	}
	parts.push(SIMPLE_ESCAPES[c] ?? c);
	return i + 2;
}

/** `$tag$` at `i` (scan.l's dolqdelim): the index past it, or -1. */
function dollarDelimiter(b: Uint8Array, i: number): number {
	let j = i + 1;
	if (isIdentStart(b[j])) while (isTagCont(b[++j]));
	return b[j] === DOLLAR ? j + 1 : -1;
}

function indexOfBytes(b: Uint8Array, needle: Uint8Array, from: number): number {
	outer: for (let i = from; i + needle.length <= b.length; i++) {
		for (let k = 0; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
		return i;
	}
	return -1;
}

/** DuckDB's tokens of `sql`, comments and whitespace dropped; or why it cannot be read to the end. */
export function tokenize(sql: string): Token[] | LexError {
	const b = stripUnicodeSpaces(new TextEncoder().encode(sql));
	// DuckDB reads a C string: a NUL would end the SQL DuckDB sees before the SQL checked here.
	if (b.includes(0)) return 'character';
	const tokens: Token[] = [];
	let i = 0;
	while (i < b.length) {
		const c = b[i];
		if (SPACE.has(c)) i++;
		else if (c === 0x2d && b[i + 1] === 0x2d) while (i < b.length && !isNewline(b[i])) i++;
		else if (c === 0x2f && b[i + 1] === 0x2a) {
			let depth = 0;
			for (;;) {
				if (i >= b.length) return 'unterminated';
				if (b[i] === 0x2f && b[i + 1] === 0x2a) (depth++, (i += 2));
				else if (b[i] === 0x2a && b[i + 1] === 0x2f) {
					i += 2;
					if (--depth === 0) break;
				} else i++;
			}
		} else if (c === QUOTE) {
			const literal = quotedLiteral(b, i + 1, false, true);
			if (!literal) return 'unterminated';
			tokens.push({ kind: 'string', text: literal.text });
			i = literal.end;
		} else if (c === DQUOTE) {
			const parts: number[] = [];
			let j = i + 1;
			for (;;) {
				if (j >= b.length) return 'unterminated';
				if (b[j] === DQUOTE && b[j + 1] === DQUOTE) parts.push(DQUOTE), (j += 2);
				else if (b[j] === DQUOTE) break;
				else parts.push(b[j++]);
			}
			tokens.push({ kind: 'quoted', text: decoder.decode(Uint8Array.from(parts)) });
			i = j + 1;
		} else if (c === DOLLAR) {
			const open = dollarDelimiter(b, i);
			if (open > 0) {
				const close = indexOfBytes(b, b.subarray(i, open), open);
				if (close < 0) return 'unterminated';
				tokens.push({ kind: 'string', text: text(b, open, close) });
				i = close + (open - i);
			} else if (isDigit(b[i + 1])) {
				let j = i + 1;
				while (isDigit(b[j])) j++;
				tokens.push({ kind: 'param', text: text(b, i, j) });
				i = j;
			} else {
				// `$name`: a named parameter (DuckDB takes `$` then the name).
				tokens.push({ kind: 'punct', text: '$' });
				i++;
			}
		} else if (isIdentStart(c)) {
			const lower = c | 0x20;
			const next = b[i + 1];
			if (next === QUOTE && (lower === 0x65 || lower === 0x62 || lower === 0x78 || lower === 0x6e)) {
				// E'' escapes; b'' and x'' end at the first quote; N'' is a plain literal.
				const literal = quotedLiteral(b, i + 2, lower === 0x65, lower === 0x65 || lower === 0x6e);
				if (!literal) return 'unterminated';
				tokens.push({ kind: 'string', text: literal.text });
				i = literal.end;
			} else if (lower === 0x75 && next === 0x26 && (b[i + 2] === QUOTE || b[i + 2] === DQUOTE)) {
				return 'escaped';
			} else {
				let j = i + 1;
				while (j < b.length && isIdentCont(b[j])) j++;
				tokens.push({ kind: 'word', text: text(b, i, j).replace(/[A-Z]/g, (x) => x.toLowerCase()) });
				i = j;
			}
		} else if (isDigit(c)) {
			// Only the digits: what follows (`e'…'`, `x'…'`, `$$…$$`) is read again as DuckDB does.
			let j = i;
			while (isDigit(b[j])) j++;
			tokens.push({ kind: 'number', text: text(b, i, j) });
			i = j;
		} else if (c === 0x3b) {
			tokens.push({ kind: 'end', text: ';' });
			i++;
		} else {
			tokens.push({ kind: 'punct', text: String.fromCharCode(c) });
			i++;
		}
	}
	return tokens;
}

/** The statements DuckDB would run, as token lists (empty ones between `;;` dropped, as DuckDB does). */
export function splitStatements(tokens: Token[]): Token[][] {
	const list: Token[][] = [[]];
	for (const token of tokens) {
		if (token.kind === 'end') list.push([]);
		else list[list.length - 1].push(token);
	}
	return list.filter((s) => s.length > 0);
}
