/**
 * DuckDB's start-up for two or more builds, interleaved cold loads of `/` in one browser (same
 * machine, same minutes): `npx tsx tools/bench/compare-startup.ts <build-dir> [<build-dir> …]`
 * (env LOADS, default 7). Prints, per build, the median (min–max) of every performance mark the page
 * sets (the page's `duckdb-*` and the worker's `duckdb-worker:*` steps), first paint and when the
 * last table arrived, ordered by time. For a before/after on a shared machine.
 */
import { serveDirectory } from '../support/static-server';
import { launchBrowser, openContext, type Browser } from '../support/browser';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['build'];
const LOADS = Number(process.env.LOADS ?? 7);

async function coldLoad(browser: Browser, origin: string): Promise<Record<string, number>> {
	const session = await openContext(browser, origin);
	try {
		await session.page.goto(`${origin}/`);
		await session.page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
		return await session.page.evaluate(() => {
			const times: Record<string, number> = {};
			for (const mark of performance.getEntriesByType('mark')) times[mark.name] = mark.startTime;
			times['first contentful paint'] = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			const tables = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => /\.arrow(\.gz)?$/.test(r.name));
			times['last table arrived'] = Math.max(...tables.map((r) => r.responseEnd));
			return times;
		});
	} finally {
		await session.close();
	}
}

async function main() {
	const servers = await Promise.all(dirs.map((dir) => serveDirectory(dir, { gzip: true, lastModified: true })));
	const browser = await launchBrowser();
	try {
		for (const server of servers) await coldLoad(browser, server.origin); // fills each server's gzip cache
		const runs: Record<string, number>[][] = dirs.map(() => []);
		for (let i = 0; i < LOADS; i++) for (const [d, server] of servers.entries()) runs[d].push(await coldLoad(browser, server.origin));
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const names = [...new Set(runs.flat().flatMap((r) => Object.keys(r)))];
		const at = (name: string) => median(runs.flat().map((r) => r[name]).filter((v) => Number.isFinite(v)));
		names.sort((a, b) => at(a) - at(b));
		console.log(`${LOADS} cold loads of / per build, interleaved; median (min–max) ms`);
		console.log(''.padEnd(36) + dirs.map((d) => d.slice(-26).padStart(28)).join(''));
		for (const name of names) {
			const cells = runs.map((loads) => {
				const values = loads.map((r) => r[name]).filter((v) => Number.isFinite(v));
				return values.length ? `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})` : '—';
			});
			console.log(name.padEnd(36) + cells.map((c) => c.padStart(28)).join(''));
		}
	} finally {
		await browser.close();
		for (const server of servers) await server.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
