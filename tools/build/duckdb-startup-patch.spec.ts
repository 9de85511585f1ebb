import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { DUCKDB_WORKER_ASSET, STARTUP_PATCHES, checkBuiltWorker, duckdbPatchEnabled, patchDuckdbStartup, patchDuckdbStartupPlugin } from './duckdb-startup-patch';

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

const WORKER_FILE = '_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js';

/** Runs the plugin's two hooks as a client build would: the bundle in memory, then the files written to `dir`. */
function buildWith(env: Record<string, string>, dir: string): string {
	const plugin = patchDuckdbStartupPlugin(env);
	const context = { environment: { config: { consumer: 'client' } } };
	const bundle = {
		[WORKER_FILE]: { type: 'asset', fileName: WORKER_FILE, source: installed },
		'_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm': { type: 'asset', fileName: '_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm', source: new Uint8Array() }
	} as unknown as OutputBundle;
	(plugin.generateBundle as (this: unknown, options: unknown, bundle: OutputBundle) => void).call(context, {}, bundle);
	const built = String((bundle[WORKER_FILE] as unknown as { source: string }).source);
	mkdirSync(dirname(join(dir, WORKER_FILE)), { recursive: true });
	writeFileSync(join(dir, WORKER_FILE), built);
	(plugin.writeBundle as (this: unknown, options: { dir: string }) => void).call(context, { dir });
	return built;
}

describe('the off switch (KOFURITSU_DUCKDB_PATCH)', () => {
	it('is on unless set to off, and refuses anything else', () => {
		expect(duckdbPatchEnabled({})).toBe(true);
		expect(duckdbPatchEnabled({ KOFURITSU_DUCKDB_PATCH: 'on' })).toBe(true);
		expect(duckdbPatchEnabled({ KOFURITSU_DUCKDB_PATCH: 'OFF' })).toBe(false);
		expect(() => duckdbPatchEnabled({ KOFURITSU_DUCKDB_PATCH: 'no' })).toThrow('KOFURITSU_DUCKDB_PATCH=no: on か off を指定してください');
	});

	it('leaves the worker as published when off, and patches it otherwise; the written file is checked either way', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kofuritsu-patch-'));
		try {
			expect(buildWith({ KOFURITSU_DUCKDB_PATCH: 'off' }, dir)).toBe(installed);
			expect(buildWith({}, dir)).toBe(patchDuckdbStartup(installed));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('checkBuiltWorker', () => {
	const patched = patchDuckdbStartup(installed);

	it('accepts the patched worker and the published one, each for its own setting', () => {
		expect(() => checkBuiltWorker(patched, true)).not.toThrow();
		expect(() => checkBuiltWorker(installed, false)).not.toThrow();
	});

	it('refuses a worker left unpatched, patched twice over, or half patched, naming the file', () => {
		expect(() => checkBuiltWorker(installed, true, 'w.js')).toThrow(/^w\.js: the built DuckDB worker is not patched \(0× .*, 1× /);
		expect(() => checkBuiltWorker(patched + patched, true)).toThrow(/not patched \(2× /);
		const [from, to] = STARTUP_PATCHES[1];
		expect(() => checkBuiltWorker(patched.replace(to, from), true)).toThrow('not patched');
		expect(() => checkBuiltWorker(patched, false)).toThrow('not as published');
	});

	// What `vite build` wrote (build/, when built): the worker the browser is served.
	const assets = 'build/_app/immutable/assets';
	const built = (() => {
		try {
			return readdirSync(assets).filter((file) => DUCKDB_WORKER_ASSET.test(`${assets}/${file}`));
		} catch {
			return [];
		}
	})();
	it.skipIf(!built.length)('holds in the built site (build/)', () => {
		expect(built).toHaveLength(1);
		expect(() => checkBuiltWorker(readFileSync(join(assets, built[0]), 'utf8'), duckdbPatchEnabled(), built[0])).not.toThrow();
	});
	if (!built.length) it.skip('holds in the built site: build/ has no DuckDB worker (run npx vite build first)', () => {});
});
