import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUCKDB_WORKER_ASSET, STARTUP_PATCHES, patchDuckdbStartup } from './duckdb-startup-patch';

const installed = readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js', 'utf8');

/** The reviewed changes found in `after`, walking both texts in file order; fails if anything else differs. */
function changes(before: string, after: string): [string, string][] {
	const found: [string, string][] = [];
	const inFileOrder = [...STARTUP_PATCHES].sort(([a], [b]) => installed.indexOf(a) - installed.indexOf(b));
	for (const [from, to] of inFileOrder) {
		const at = before.indexOf(from);
		expect(after.slice(at, at + to.length)).toBe(to);
		found.push([from, to]);
		before = before.slice(at + from.length);
		after = after.slice(at + to.length);
	}
	expect(after).toBe(before); // the rest is unchanged
	return found;
}

describe('patchDuckdbStartup', () => {
	it('changes exactly the three reviewed statements of the installed DuckDB worker, and nothing else', () => {
		const patched = patchDuckdbStartup(installed);
		expect(changes(installed, patched)).toHaveLength(3);
		expect(patched.length).toBeLessThan(installed.length);
		// updateGOT no longer creates entries; a later module's entries are still created on demand and filled after each load.
		expect(patched).not.toContain('GOT[r]||(GOT[r]=new WebAssembly.Global(');
		expect(patched).toContain('GOTHandler={get(e,t){var r=GOT[t];return r||(r=GOT[t]=new WebAssembly.Global(');
		expect(patched).toMatch(/reportUndefinedSymbols=\(\)=>\{for\(var\[e,t\]of Object\.entries\(GOT\)\)if\(t\.value==0\)/);
	});

	it('does the same assignments as the loops it replaces', () => {
		// The replaced loops, run on one plain object of exports in both forms, leave the same state.
		const exportsOf = { dynCall_vi: () => 1, malloc: () => 2, defined: () => 3, dynCall_ii: () => 4 };
		const run = (registerAndMerge: string) =>
			new Function('e', `var Module={dynCall_ii:'kept'},wasmImports={defined:'own'},isSymbolDefined=l=>!!wasmImports[l];var ${registerAndMerge};mergeLibSymbols(e,'main');return {Module,wasmImports};`)(exportsOf);
		const original = STARTUP_PATCHES.slice(1).map(([from]) => from).join(',');
		const patched = STARTUP_PATCHES.slice(1).map(([, to]) => to).join(',');
		expect(patched).not.toContain('Object.entries');
		expect(run(patched)).toEqual(run(original));
		expect(Object.keys(run(patched).Module)).toEqual(['dynCall_ii', 'dynCall_vi']);
		expect(Object.keys(run(patched).wasmImports)).toEqual(['defined', 'dynCall_vi', 'malloc', 'dynCall_ii']);
	});

	it('refuses glue it was not reviewed for, naming the file', () => {
		expect(() => patchDuckdbStartup('var updateGOT=()=>{}', 'x.js')).toThrow(/x\.js: emscripten's start-up glue is not the reviewed one/);
		expect(() => patchDuckdbStartup(installed + installed)).toThrow(/not the reviewed one/);
	});

	it('recognises the worker scripts Vite emits, and nothing else', () => {
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js')).toBe(true);
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/workers/duckdb-worker-Dhri-rhd.js')).toBe(false);
		expect(DUCKDB_WORKER_ASSET.test('_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe(false);
	});
});
