/**
 * 探索's own DuckDB: a second engine in its own worker, holding copies of the documented tables
 * (and the releases imported in this browser), locked down once they are loaded. What an analyst
 * runs here never touches the app's engine (a DROP TABLE would change only these copies, and is
 * refused anyway), cannot leave the site (external access and extensions off, configuration
 * locked: the second wall behind explore-guard.ts), and a runaway query stops on 中止 — by DuckDB's
 * own cancel, or, if that does not take, by ending the worker and starting a fresh copy. The
 * map's engine lives in another worker, so a long query here never holds it up.
 */
import type { AdHocResult, BrowserEngine } from './browser-engine';
import { classifyExploreSql, type Refusal } from '../sql/explore-guard';
import { duckdbErrorText } from '../sql/duckdb-error';
import { ja } from '../messages/ja';

/** Rows kept and shown of one result; the rest are counted. */
export const EXPLORE_MAX_ROWS = 1000;
/** How long DuckDB's own cancel may take before the worker is ended instead. */
const CANCEL_GRACE_MS = 1500;

export type ExploreOutcome =
	| { kind: 'result'; result: AdHocResult }
	| { kind: 'refused'; refusal: Refusal }
	| { kind: 'failed'; detail: string }
	| { kind: 'cancelled' };

let starting: Promise<BrowserEngine> | null = null;
let current: { underlying: Promise<ExploreOutcome>; cancel: () => void } | null = null;

async function start(): Promise<BrowserEngine> {
	const { startBrowserEngine } = await import('./browser-engine');
	const engine = await startBrowserEngine({ marks: false });
	try {
		const { replayStoredReleases } = await import('../client/browser-import');
		// What cannot be restored is reported on the データ page; here the copy simply lacks it.
		await replayStoredReleases(engine).catch((error) => console.error(error));
		await engine.lockDown();
	} catch (error) {
		// An engine that could not be locked never runs an analyst's SQL.
		void engine.db.terminate();
		throw error;
	}
	return engine;
}

/** The sandbox engine, started on first use (and again after a worker was ended by 中止). */
export function exploreEngine(): Promise<BrowserEngine> {
	const engine = (starting ??= start());
	engine.catch(() => {
		if (starting === engine) starting = null;
	});
	return engine;
}

/** Checks `sql`, then runs it in the sandbox; never throws. One query at a time. */
export async function runExplore(sql: string): Promise<ExploreOutcome> {
	const verdict = classifyExploreSql(sql);
	if (!verdict.allowed) return { kind: 'refused', refusal: verdict.refusal };
	if (current) return { kind: 'failed', detail: ja.exploreBusy };
	const abort = new AbortController();
	let cancel!: () => void;
	const cancelled = new Promise<ExploreOutcome>((resolve) => (cancel = () => (abort.abort(), resolve({ kind: 'cancelled' }))));
	const underlying = (async (): Promise<ExploreOutcome> => {
		try {
			const engine = await exploreEngine();
			return { kind: 'result', result: await engine.adHoc(sql, EXPLORE_MAX_ROWS, abort.signal) };
		} catch (error) {
			console.error(error);
			return { kind: 'failed', detail: duckdbErrorText((error as Error).message) };
		}
	})();
	const entry = { underlying, cancel };
	current = entry;
	void underlying.finally(() => {
		if (current === entry) current = null;
	});
	return Promise.race([underlying, cancelled]);
}

const pause = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));

/**
 * 中止: the page hears at once; DuckDB is asked to cancel, and if the query has not ended a
 * moment later its worker is ended and a fresh copy started. Resolves once a new query may run.
 */
export async function cancelExplore(): Promise<void> {
	const running = current;
	const engine = starting;
	if (!running) return;
	running.cancel();
	// A worker busy with one long step answers nothing, the cancel included: the grace covers both.
	const cancelled = (engine ?? Promise.reject()).then((instance) => instance.cancel()).catch(() => false);
	const ended = await Promise.race([cancelled.then(() => running.underlying).then(() => true), pause(CANCEL_GRACE_MS)]);
	if (ended) return;
	console.warn('探索: DuckDB の中止が間に合わないため、worker を終了して作り直します');
	if (current === running) current = null;
	if (engine && starting === engine) {
		starting = null;
		void engine.then((e) => e.db.terminate(), () => {});
	}
	void exploreEngine().catch(() => {});
}
