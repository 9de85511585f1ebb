/**
 * The page's one DuckDB-wasm instance, started on first use and kept across client-side
 * navigation (map ↔ 探索), so the wasm and tables load once per visit.
 */
import type { BrowserEngine } from './browser-engine';
import { prestartEngine } from './engine-prestart';
import { ja } from '../messages/ja';

let starting: Promise<BrowserEngine> | null = null;
/** What could not be restored from this browser's earlier imports at start-up, for the データ page to say. */
let replayProblems: string[] = [];

export const storedReleaseProblems = (): readonly string[] => replayProblems;

/**
 * Starts DuckDB-wasm (once) and returns it when its tables are loaded. Safe to call while the
 * page's script is evaluated, before hydration: the worker, the wasm's compile and the tables'
 * downloads start at once, off the main thread; DuckDB's script follows.
 */
export function browserEngine(): Promise<BrowserEngine> {
	if (starting) return starting;
	performance.mark('duckdb-start'); // read by `npm run bench`
	const prestarted = prestartEngine();
	// Read from IndexedDB while the wasm compiles; most browsers have none stored.
	const stored = import('../client/imported-store').then(({ listStoredReleases }) => listStoredReleases());
	stored.catch(() => {}); // reported by the replay
	starting = import('./browser-engine').then(async ({ startBrowserEngine }) => {
		const engine = await startBrowserEngine({}, prestarted);
		// Releases imported earlier in this browser come back before anything is shown from DuckDB.
		// None stored (most browsers): nothing to replay. Unreadable: the replay says so.
		if ((await stored.then((list) => list.length, () => null)) === 0) return engine;
		const { replayStoredReleases } = await import('../client/browser-import');
		replayProblems = await replayStoredReleases(engine, stored).catch((error) => {
			console.error(error);
			return [ja.storedReleasesUnreadable];
		});
		if (replayProblems.length) console.error('取り込み済みの公表データを復元できませんでした', replayProblems);
		return engine;
	}, (error) => {
		prestarted.worker.terminate(); // DuckDB's script could not be loaded
		throw error;
	});
	// A failed start may be retried on the next call (e.g. after a network hiccup).
	starting.catch(() => (starting = null));
	return starting;
}

/** The engine's start if one is under way or done (the service worker waits for it: one wasm download). */
export function engineStarting(): Promise<BrowserEngine> | null {
	return starting;
}
