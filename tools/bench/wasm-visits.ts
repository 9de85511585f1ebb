/**
 * `npx tsx tools/bench/wasm-visits.ts` (after a build): `/` visited VISITS times (default 4) in one
 * persistent Chromium profile (not an incognito context: a real browser's disk caches are on),
 * each visit on a new tab once the previous one has run PAUSE ms (default 3 s, for V8 to tier up
 * and write its compiled-code cache). Prints DuckDB's marks per visit, so whether a third or
 * fourth visit starts faster than the second (V8's wasm code cache) can be seen directly.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../support/static-server';
import { CHROMIUM_PATH } from '../support/browser';

const VISITS = Number(process.env.VISITS ?? 4);
const PAUSE = Number(process.env.PAUSE ?? 3000);
const MARKS = ['duckdb-worker:worker-started', 'duckdb-worker:wasm-compiled', 'duckdb-start', 'duckdb-instantiated', 'duckdb-tables-loaded', 'duckdb-ready'];

async function main() {
	const server = await serveDirectory(process.env.BENCH_BUILD_DIR ?? 'build', { gzip: true, lastModified: true });
	const profile = mkdtempSync(join(tmpdir(), 'kofuritsu-wasm-visits-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
	try {
		for (let visit = 1; visit <= VISITS; visit++) {
			const page = await context.newPage();
			await page.goto(`${server.origin}/`);
			await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
			const [worker, compiled, start, instantiated, tables, ready] = await page.evaluate((names) => names.map((n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN)), MARKS);
			const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
			console.log(`visit ${visit} (service worker ${controlled ? 'yes' : 'no'}): worker started ${worker}, wasm compiled ${compiled} (+${compiled - worker}), page script ${start}, instantiated ${instantiated}, tables ${tables}, ready ${ready} ms`);
			await page.waitForTimeout(PAUSE);
			await page.close();
		}
	} finally {
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
