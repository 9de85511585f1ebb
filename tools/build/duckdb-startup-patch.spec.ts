import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUCKDB_WORKER_ASSET, patchDuckdbStartup } from './duckdb-startup-patch';

const installed = readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js', 'utf8');

describe('patchDuckdbStartup', () => {
	it('changes exactly one statement of the installed DuckDB worker: updateGOT no longer creates entries', () => {
		const patched = patchDuckdbStartup(installed);
		expect(patched).not.toBe(installed);
		// Everything before and after the one statement is unchanged.
		let start = 0;
		while (patched[start] === installed[start]) start++;
		let end = 0;
		while (patched.at(-1 - end) === installed.at(-1 - end)) end++;
		expect(installed.slice(start, installed.length - end)).toBe('||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),');
		expect(patched.slice(start, patched.length - end)).toBe('&&');
		// Entries a later module asks for are still created on demand, and filled after each load.
		expect(patched).toContain('GOTHandler={get(e,t){var r=GOT[t];return r||(r=GOT[t]=new WebAssembly.Global(');
		expect(patched).toMatch(/reportUndefinedSymbols=\(\)=>\{for\(var\[e,t\]of Object\.entries\(GOT\)\)if\(t\.value==0\)/);
	});

	it('refuses glue it was not reviewed for, naming the file', () => {
		expect(() => patchDuckdbStartup('var updateGOT=()=>{}', 'x.js')).toThrow(/x\.js: emscripten's updateGOT is not the reviewed one/);
		const twice = installed + installed;
		expect(() => patchDuckdbStartup(twice)).toThrow(/not the reviewed one/);
	});

	it('recognises the worker scripts Vite emits, and nothing else', () => {
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js')).toBe(true);
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/workers/duckdb-worker-Dhri-rhd.js')).toBe(false);
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe(false);
	});
});
