/**
 * Vite plugin: one change to DuckDB-wasm's worker script (emscripten's start-up glue) so that
 * DuckDB starts ~0.15–0.3 s sooner on two cores, with the same behaviour.
 *
 * DuckDB's wasm is built to load other wasm modules later (extensions, which this site forbids),
 * so it exports 75,011 symbols. On start, emscripten's `updateGOT` walks every export and, for each
 * one not yet in the global offset table, creates a `WebAssembly.Global` and, for the 65,167
 * functions, adds a slot to the function table — work only a module loaded later could use.
 * Patched, `updateGOT` fills only the entries that exist (those the main module imports; they get
 * the same values as before). An entry a later module asks for is still created (GOTHandler) and
 * filled by `reportUndefinedSymbols`, which emscripten runs after every module load and which
 * resolves from the exports `mergeLibSymbols` keeps — the path emscripten already uses for symbols
 * defined after the table was built. Measured in Chromium (two cores): the step from the wasm's
 * instance to DuckDB's "instantiated" went from ~385 to ~240 ms.
 *
 * The patch must match exactly once; a DuckDB-wasm upgrade that changes the glue fails the build
 * here, so the change is reviewed again rather than silently dropped.
 */
import type { Plugin } from 'vite';

/** The statement in `updateGOT` that creates a missing entry, and what replaces it. */
const EAGER_ENTRY = 'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&(';
const EXISTING_ENTRY_ONLY = 'GOT[r]&&(t||GOT[r].value==0)&&(';

/** DuckDB's worker scripts as Vite emits them (`duckdb-browser-eh.worker.<hash>.js`). */
export const DUCKDB_WORKER_ASSET = /duckdb-browser-[a-z]+\.worker\.[^/]*\.js$/;

/** The worker script with `updateGOT` filling only existing entries; throws if the glue is not the one reviewed. */
export function patchDuckdbStartup(source: string, file = 'DuckDB worker'): string {
	const at = source.indexOf(EAGER_ENTRY);
	if (at < 0 || source.indexOf(EAGER_ENTRY, at + 1) >= 0)
		throw new Error(`${file}: emscripten's updateGOT is not the reviewed one (tools/build/duckdb-startup-patch.ts); review the start-up patch for this DuckDB-wasm version`);
	return source.slice(0, at) + EXISTING_ENTRY_ONLY + source.slice(at + EAGER_ENTRY.length);
}

export function patchDuckdbStartupPlugin(): Plugin {
	return {
		name: 'kofuritsu-duckdb-startup-patch',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment?.config.consumer === 'server') return;
			for (const file of Object.values(bundle)) {
				if (file.type !== 'asset' || !DUCKDB_WORKER_ASSET.test(file.fileName)) continue;
				const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				file.source = patchDuckdbStartup(source, file.fileName);
			}
		}
	};
}
