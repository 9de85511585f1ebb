/**
 * One cold load of a page in Chromium: when the map became visible, what the browser
 * reports as first and largest contentful paint, DuckDB readiness, and the bytes transferred
 * (compressed, as sent by the server) before the map was visible and in total.
 */
import { openContext, type Browser } from '../support/browser';

export interface LoadMetrics {
	mapVisibleMs: number;
	fcpMs: number | null;
	lcpMs: number | null;
	duckdbReadyMs: number | null;
	bytesBeforeMap: number;
	bytesTotal: number;
	requestsBeforeMap: number;
	wasmFetchedBeforeMap: boolean;
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
}

export async function measureLoad(browser: Browser, origin: string, path: string, waitForDuckdb: boolean): Promise<LoadMetrics> {
	const session = await openContext(browser, origin);
	try {
		const finished: Promise<Finished>[] = [];
		session.context.on('requestfinished', (request) => {
			finished.push(
				request.sizes().then((sizes) => {
					const t = request.timing();
					return { url: request.url(), endWallMs: t.startTime + t.responseEnd, bytes: sizes.responseBodySize + sizes.responseHeadersSize };
				})
			);
		});
		await session.context.addInitScript(OBSERVE_MAP);
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
				duckdbReady: performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null
			};
		});
		const requests = await Promise.all(finished);
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
			wasmFetchedBeforeMap: before.some((r) => r.url.endsWith('.wasm')),
			foreignRequests: session.foreignRequests
		};
	} finally {
		await session.close();
	}
}
