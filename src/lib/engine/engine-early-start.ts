/**
 * DuckDB's start, moved before the page's own scripts: the prerendered HTML names the engine's files
 * (EngineEarlyStart.svelte writes `earlyStartPlan` into a <meta>), and the inline script in
 * src/app.html starts the worker (which fetches and compiles the wasm at once) while the HTML is
 * still being parsed, ~0.2–0.3 s before the page's module scripts run (they wait for the whole
 * HTML). The tables are left to the page: they are needed last and small.
 * The page's prestart (engine-prestart.ts) then adopts the worker, or, if it is not the one it
 * would have started (another build's files), stops it and starts its own.
 */
import { duckdbWorkerUrl, wasmUrl, workerEntryUrl } from './engine-files';

/** What the inline script reads: every URL relative to the page, as the prerendered page knows it. */
export interface EarlyStartPlan {
	site: string;
	version: string;
	wasm: string;
	duckdb: string;
	worker: string;
}

/** What the inline script leaves on `window.__kofuritsuEngine`. */
export interface EarlyStart {
	name: string;
	worker: Worker;
	/** The worker's error message, if it failed before anyone listened ('' when it had none). */
	error: string | null;
}

/** `/_app/…` (how the prerender names an emitted file) as a path relative to the page. */
function fromPage(url: string, base: string): string {
	return url.startsWith('/') ? `${base}${url}` : url;
}

/** The plan for the page whose path to the site's root is `base` (SvelteKit's relative base while prerendering). */
export function earlyStartPlan(base: string, version: string): EarlyStartPlan {
	return {
		site: `${base}/`,
		version,
		wasm: fromPage(wasmUrl, base),
		duckdb: fromPage(duckdbWorkerUrl, base),
		worker: fromPage(workerEntryUrl, base)
	};
}

/**
 * The worker's name: the URLs it needs (a hash would be lost when the service worker serves the
 * script). The inline script in src/app.html builds the same; `adoptEarlyStart` compares them.
 */
export function engineWorkerName(wasm: string, duckdb: string, cacheName: string): string {
	return String(new URLSearchParams({ wasm, duckdb, cache: cacheName }));
}

/**
 * The early start, taken once: returned when its worker is the one this page would start
 * (`name`), otherwise stopped and forgotten.
 */
export function adoptEarlyStart(name: string): EarlyStart | null {
	const holder = globalThis as unknown as { __kofuritsuEngine?: EarlyStart };
	const early = holder.__kofuritsuEngine;
	delete holder.__kofuritsuEngine;
	if (!early) return null;
	if (early.name === name) return early;
	early.worker.terminate();
	return null;
}
