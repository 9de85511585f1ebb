/**
 * One load of a page in Chromium: when the map became visible, what the browser
 * reports as first and largest contentful paint, DuckDB readiness, and the bytes transferred
 * (compressed, as sent by the server) before the map was visible and in total.
 * Cold by default (new context, empty cache); optionally on a phone's viewport, through a
 * throttled link, or warm: a second visit in the same context once the service worker has
 * kept the site (its cache and the browser's compiled-code cache in place).
 */
import { openContext, type Browser, type BrowserSession } from '../support/browser';
import type { Page } from 'playwright-core';

export interface LoadOptions {
	viewport?: { width: number; height: number };
	/** Link emulated with CDP Network.emulateNetworkConditions. */
	throttle?: { kbitPerSecond: number; roundTripMs: number };
	/** Measure a second visit, after a first one has left the site kept offline. */
	warm?: boolean;
	/** An init script setting `window.__bench.mapVisible` when the map counts as visible (default: 179+ coloured shapes). */
	observe?: string;
}

export interface LoadMetrics {
	mapVisibleMs: number;
	fcpMs: number | null;
	lcpMs: number | null;
	duckdbReadyMs: number | null;
	bytesBeforeMap: number;
	bytesTotal: number;
	requestsBeforeMap: number;
	wasmFetchedBeforeMap: boolean;
	/** Bytes of the DuckDB wasm (.wasm or .wasm.gz) that came over the network, and how many requests. */
	wasmBytes: number;
	wasmRequests: number;
	/** DuckDB phases: the worker started (from app.html's early script) and the wasm compiled in it (the worker's marks). */
	workerStartedMs: number | null;
	wasmCompiledMs: number | null;
	/** The page's own phases: its script asked for DuckDB; DuckDB instantiated (its start-up code run); tables loaded. */
	duckdbStartMs: number | null;
	duckdbInstantiatedMs: number | null;
	duckdbTablesMs: number | null;
	foreignRequests: string[];
}

/** Runs in the page before any of its scripts: notes the frame in which 179+ coloured shapes exist. */
const OBSERVE_MAP = `
window.__bench = { mapVisible: null, lcp: null };
new PerformanceObserver((list) => { const e = list.getEntries().at(-1); if (e) window.__bench.lcp = e.startTime; })
	.observe({ type: 'largest-contentful-paint', buffered: true });
(function check(time) {
	const shapes = document.querySelectorAll('[data-testid=choropleth] [data-code][fill]').length;
	if (shapes >= 179) { window.__bench.mapVisible = performance.now(); return; }
	requestAnimationFrame(check);
})();
`;

interface Finished {
	url: string;
	endWallMs: number;
	bytes: number;
	network: boolean;
}

const isWasm = (url: string) => /\.wasm(\.gz)?$/.test(new URL(url).pathname);

async function throttle(session: BrowserSession, page: Page, link: NonNullable<LoadOptions['throttle']>) {
	const cdp = await session.context.newCDPSession(page);
	await cdp.send('Network.enable');
	const bytesPerSecond = (link.kbitPerSecond * 1000) / 8;
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.roundTripMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
}

/**
 * The first visit of a warm measurement: `/` with DuckDB ready, then データ until it says the whole
 * site is kept offline (a build without a service worker has only the HTTP cache).
 */
async function firstVisit(session: BrowserSession, origin: string) {
	await session.page.goto(`${origin}/`);
	await session.page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
	await session.page.goto(`${origin}/data/`);
	await session.page.waitForLoadState('networkidle');
	if (await session.page.locator('[data-testid=offline-status]').count())
		await session.page.waitForSelector('[data-testid=offline-status][data-state=ready]', { timeout: 120_000 });
	await session.page.close();
	session.page = await session.context.newPage();
}

export async function measureLoad(browser: Browser, origin: string, path: string, waitForDuckdb: boolean, options: LoadOptions = {}): Promise<LoadMetrics> {
	const session = await openContext(browser, origin, options.viewport);
	try {
		if (options.warm) await firstVisit(session, origin);
		const finished: Promise<Finished | null>[] = [];
		// The page's own requests; the service worker's install (after DuckDB is ready) is not the page's load.
		session.context.on('requestfinished', (request) => {
			if (request.serviceWorker()) return;
			finished.push(
				Promise.all([request.sizes(), request.response()])
					.then(([sizes, response]) => {
						const t = request.timing();
						const network = !response?.fromServiceWorker();
						return { url: request.url(), endWallMs: t.startTime + t.responseEnd, bytes: network ? sizes.responseBodySize + sizes.responseHeadersSize : 0, network };
					})
					.catch(() => null) // finished as the context closed
			);
		});
		await session.context.addInitScript(options.observe ?? OBSERVE_MAP);
		if (options.throttle) await throttle(session, session.page, options.throttle);
		await session.page.goto(`${origin}${path}`);
		await session.page.waitForFunction(() => (window as unknown as { __bench: { mapVisible: number | null } }).__bench.mapVisible != null, null, { timeout: 60_000 });
		if (waitForDuckdb) await session.page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
		await session.page.waitForLoadState('networkidle');
		const page = await session.page.evaluate(() => {
			const bench = (window as unknown as { __bench: { mapVisible: number; lcp: number | null } }).__bench;
			return {
				timeOrigin: performance.timeOrigin,
				mapVisible: bench.mapVisible,
				lcp: bench.lcp,
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				duckdbReady: performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null,
				workerStarted: performance.getEntriesByName('duckdb-worker:worker-started')[0]?.startTime ?? null,
				wasmCompiled: performance.getEntriesByName('duckdb-worker:wasm-compiled')[0]?.startTime ?? null,
				duckdbStart: performance.getEntriesByName('duckdb-start')[0]?.startTime ?? null,
				duckdbInstantiated: performance.getEntriesByName('duckdb-instantiated')[0]?.startTime ?? null,
				duckdbTables: performance.getEntriesByName('duckdb-tables-loaded')[0]?.startTime ?? null
			};
		});
		const requests = (await Promise.all(finished)).filter((r): r is Finished => r != null);
		// The map is visible at the first paint that contains it: the frame in which it was in the
		// DOM, or the first contentful paint if that came later (the browser paints late sometimes).
		const mapVisible = Math.max(page.mapVisible, page.fcp ?? 0);
		const mapVisibleWall = page.timeOrigin + mapVisible;
		const before = requests.filter((r) => r.endWallMs <= mapVisibleWall);
		return {
			mapVisibleMs: mapVisible,
			fcpMs: page.fcp,
			lcpMs: page.lcp,
			duckdbReadyMs: page.duckdbReady,
			bytesBeforeMap: before.reduce((s, r) => s + r.bytes, 0),
			bytesTotal: requests.reduce((s, r) => s + r.bytes, 0),
			requestsBeforeMap: before.length,
			wasmFetchedBeforeMap: before.some((r) => isWasm(r.url)),
			wasmBytes: requests.filter((r) => r.network && isWasm(r.url)).reduce((s, r) => s + r.bytes, 0),
			wasmRequests: requests.filter((r) => r.network && isWasm(r.url)).length,
			workerStartedMs: page.workerStarted,
			wasmCompiledMs: page.wasmCompiled,
			duckdbStartMs: page.duckdbStart,
			duckdbInstantiatedMs: page.duckdbInstantiated,
			duckdbTablesMs: page.duckdbTables,
			foreignRequests: session.foreignRequests
		};
	} finally {
		await session.close();
	}
}
