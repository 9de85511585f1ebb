/**
 * The first map of a prefecture other than (and including) the deployment's own: `/?pref=<name>`
 * cold, map visible (every shape of that prefecture coloured, nothing marked 更新中) and bytes
 * before it, for 北海道, 東京都 and 長野県. Run alone: `npx tsx tools/bench/prefecture-maps.ts`
 * (serves build/ with gzip); `npm run bench` runs it too.
 */
import { serveDirectory } from '../support/static-server';
import { launchBrowser, type Browser } from '../support/browser';
import { measureLoad, type LoadMetrics } from './page-load';
import { summarize, type Summary } from './stats';

export const BENCH_PREFECTURES = ['北海道', '東京都', '長野県'] as const;

/** Visible: the prefecture's map is in the page, every one of its shapes filled, and nothing waits. */
const observe = (prefecture: string) => `
window.__bench = { mapVisible: null, lcp: null };
new PerformanceObserver((list) => { const e = list.getEntries().at(-1); if (e) window.__bench.lcp = e.startTime; })
	.observe({ type: 'largest-contentful-paint', buffered: true });
(function check() {
	const map = document.querySelector('main[data-prefecture=${JSON.stringify(prefecture)}] [data-testid=choropleth]');
	const shapes = map ? map.querySelectorAll('[data-code]').length : 0;
	const filled = map ? map.querySelectorAll('[data-code][fill]').length : 0;
	if (shapes > 0 && filled === shapes && !document.querySelector('[data-testid=map-updating]')) { window.__bench.mapVisible = performance.now(); return; }
	requestAnimationFrame(check);
})();
`;

export interface PrefectureMapResult {
	prefecture: string;
	mapVisibleMs: Summary;
	bytesBeforeMap: Summary;
	foreignRequests: string[];
}

export async function measurePrefectureMaps(browser: Browser, origin: string, runs: number, progress: (text: string) => void = () => {}): Promise<PrefectureMapResult[]> {
	const results: PrefectureMapResult[] = [];
	for (const prefecture of BENCH_PREFECTURES) {
		const path = `/?pref=${encodeURIComponent(prefecture)}`;
		await measureLoad(browser, origin, path, false, { observe: observe(prefecture) }); // warm the server's gzip cache
		const loads: LoadMetrics[] = [];
		for (let i = 0; i < runs; i++) loads.push(await measureLoad(browser, origin, path, false, { observe: observe(prefecture) }));
		progress(`/?pref=${prefecture}: ${runs} cold loads done`);
		results.push({
			prefecture,
			mapVisibleMs: summarize(loads.map((l) => l.mapVisibleMs)),
			bytesBeforeMap: summarize(loads.map((l) => l.bytesBeforeMap)),
			foreignRequests: [...new Set(loads.flatMap((l) => l.foreignRequests))]
		});
	}
	return results;
}

export function prefectureMapLines(results: PrefectureMapResult[]): string[] {
	return [
		'first map of a prefecture, cold (/?pref=): map visible, bytes before it (median (p95))',
		...results.map((r) => `  ${r.prefecture.padEnd(6, '　')} ${r.mapVisibleMs.median.toFixed(0).padStart(5)} ms (p95 ${r.mapVisibleMs.p95.toFixed(0)})   ${(r.bytesBeforeMap.median / 1000).toFixed(1).padStart(7)} KB (p95 ${(r.bytesBeforeMap.p95 / 1000).toFixed(1)})${r.foreignRequests.length ? `   外部への要求: ${r.foreignRequests.join(', ')}` : ''}`)
	];
}

/** Measured and printed from `npm run bench`: one line there. */
export async function benchPrefectureMaps(browser: Browser, origin: string, runs: number, progress: (text: string) => void): Promise<string[]> {
	return prefectureMapLines(await measurePrefectureMaps(browser, origin, runs, progress));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const server = await serveDirectory(process.env.BENCH_BUILD_DIR ?? 'build', { gzip: true, lastModified: true });
	const browser = await launchBrowser();
	try {
		const lines = await benchPrefectureMaps(browser, server.origin, Number(process.env.BENCH_RUNS ?? 5), (t) => process.stderr.write(`  ${t}\n`));
		console.log(lines.join('\n'));
	} finally {
		await browser.close();
		await server.close();
	}
}
