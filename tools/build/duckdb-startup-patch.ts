/**
 * Vite plugin: three changes to DuckDB-wasm's worker script (emscripten's start-up glue) so that
 * DuckDB starts ~0.2–0.3 s sooner on two cores, with the same behaviour.
 *
 * DuckDB's wasm is built to load other wasm modules later (extensions, which this site forbids),
 * so it exports 75,011 symbols, and emscripten's start-up walks all of them several times:
 * 1. `updateGOT` created, for every export not yet in the global offset table, a
 *    `WebAssembly.Global`, and for each of the 65,167 functions a slot in the function table — work
 *    only a module loaded later could use. Patched, it fills only the entries that exist (those the
 *    main module imports; they get the same values as before). An entry a later module asks for is
 *    still created (GOTHandler) and filled by `reportUndefinedSymbols`, which emscripten runs after
 *    every module load and which resolves from the exports `mergeLibSymbols` keeps — the path
 *    emscripten already uses for symbols defined after the table was built.
 * 2. `registerDynCallSymbols` and 3. `mergeLibSymbols` built an [name, value] array per export
 *    (`Object.entries`), and the latter a closure per export; patched, they walk the same plain
 *    object's keys with `for … in` and do the same assignments in the same order.
 * Measured in Chromium (two cores, cold): from the wasm's instance to DuckDB's "instantiated"
 * ~385 → ~240 ms (1, loaded machine), then ~186 → ~134 ms (2 and 3, quiet machine).
 *
 * Each change must match exactly once; a DuckDB-wasm upgrade that changes the glue fails the build
 * here, so the changes are reviewed again rather than silently dropped. After the files are
 * written, the emitted worker is read back and checked (checkBuiltWorker). The off switch,
 * `KOFURITSU_DUCKDB_PATCH=off`, ships DuckDB's worker as published (and checks that instead).
 * Why and how to upgrade: src/lib/engine/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** [what emscripten 3.x emitted for DuckDB-wasm 1.32, what replaces it]. */
export const STARTUP_PATCHES: readonly (readonly [string, string])[] = [
	['GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&(', 'GOT[r]&&(t||GOT[r].value==0)&&('],
	[
		'registerDynCallSymbols=e=>{for(var[t,r]of Object.entries(e))t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=r)}',
		'registerDynCallSymbols=e=>{for(var t in e)t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=e[t])}'
	],
	[
		'mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var[r,n]of Object.entries(e))(l=>{isSymbolDefined(l)||(wasmImports[l]=n)})(r)}',
		'mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var r in e)isSymbolDefined(r)||(wasmImports[r]=e[r])}'
	]
];

/** DuckDB's worker scripts as Vite emits them (`duckdb-browser-eh.worker.<hash>.js`). */
export const DUCKDB_WORKER_ASSET = /duckdb-browser-[a-z]+\.worker\.[^/]*\.js$/;

/** The worker script with the start-up patches applied; throws if the glue is not the one reviewed. */
export function patchDuckdbStartup(source: string, file = 'DuckDB worker'): string {
	let patched = source;
	for (const [from, to] of STARTUP_PATCHES) {
		const at = patched.indexOf(from);
		if (at < 0 || patched.indexOf(from, at + 1) >= 0)
			throw new Error(`${file}: emscripten's start-up glue is not the reviewed one (${from.slice(0, 40)}…, tools/build/duckdb-startup-patch.ts); review the start-up patch for this DuckDB-wasm version`);
		patched = patched.slice(0, at) + to + patched.slice(at + from.length);
	}
	return patched;
}

/** The environment variable that turns the patch off (`off`) or on (`on`, or unset). */
export const PATCH_SWITCH = 'KOFURITSU_DUCKDB_PATCH';

/** Whether the patch is on for this environment; any value other than on/off is refused, naming the variable. */
export function duckdbPatchEnabled(env: Record<string, string | undefined> = process.env): boolean {
	const value = env[PATCH_SWITCH]?.trim().toLowerCase();
	if (!value || value === 'on') return true;
	if (value === 'off') return false;
	throw new Error(`${PATCH_SWITCH}=${env[PATCH_SWITCH]}: on か off を指定してください`);
}

/** How often each reviewed text (`from`: emscripten's, `to`: ours) occurs in `source`. */
function occurrences(source: string, text: string): number {
	let count = 0;
	for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + text.length)) count++;
	return count;
}

/**
 * Checks a built DuckDB worker script: patched, it holds each replacement exactly once and none of
 * the texts replaced; as published (`patched` false), the reverse. Throws, naming the file and text.
 */
export function checkBuiltWorker(source: string, patched: boolean, file = 'DuckDB worker'): void {
	for (const [from, to] of STARTUP_PATCHES) {
		const [present, absent] = patched ? [to, from] : [from, to];
		if (occurrences(source, present) !== 1 || occurrences(source, absent) !== 0)
			throw new Error(
				`${file}: the built DuckDB worker is not ${patched ? 'patched' : 'as published'} (${occurrences(source, to)}× "${to.slice(0, 40)}…", ${occurrences(source, from)}× "${from.slice(0, 40)}…"); see src/lib/engine/README.md`
			);
	}
}

export function patchDuckdbStartupPlugin(env: Record<string, string | undefined> = process.env): Plugin {
	const patched = duckdbPatchEnabled(env);
	const emitted: string[] = [];
	let shipsDuckdb = false;
	const isClient = (context: { environment?: { config: { consumer: string } } }) => context.environment?.config.consumer !== 'server';
	return {
		name: 'kofuritsu-duckdb-startup-patch',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (!isClient(this)) return;
			for (const file of Object.values(bundle)) {
				if (/duckdb-[^/]*\.wasm$/.test(file.fileName)) shipsDuckdb = true;
				if (file.type !== 'asset' || !DUCKDB_WORKER_ASSET.test(file.fileName)) continue;
				emitted.push(file.fileName);
				if (!patched) continue;
				const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				file.source = patchDuckdbStartup(source, file.fileName);
			}
		},
		// The files as written, read back: what the browser will be served.
		writeBundle(options) {
			if (!isClient(this)) return;
			if (shipsDuckdb && !emitted.length) throw new Error(`DuckDB's worker script (${DUCKDB_WORKER_ASSET}) is not among the built files; see src/lib/engine/README.md`);
			for (const fileName of emitted.splice(0)) checkBuiltWorker(readFileSync(join(options.dir ?? '', fileName), 'utf8'), patched, fileName);
		}
	};
}
