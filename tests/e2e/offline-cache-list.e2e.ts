import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { waitReady } from '../support/map-page';
import { waitUntilKept } from '../support/offline';

// What the service worker keeps is what a session reads: the tables as the pages fetch them, the
// pages and scripts — no Node-only files, no fallback copies. Read from the cache itself.
let site: SiteSession;
const requested = new Set<string>();
let kept: string[] = [];

/** A file of the served data folder (not the データ page or its __data.json). */
const isDataFile = (path: string) => /^\/data\/[^/_][^/]*\.[a-z.]+$|^\/data\/boundaries\//.test(path);
/** DuckDB's wasm: kept by itself after the install, under its plain name, whichever copy was fetched. */
const isWasm = (path: string) => /\.wasm(\.gz)?$/.test(path);

beforeAll(async () => {
	site = await openSite();
	site.context.on('request', (request) => {
		const url = new URL(request.url());
		if (request.serviceWorker() || url.origin !== new URL(site.origin).origin) return;
		requested.add(url.pathname);
	});
	await site.page.goto(`${site.origin}/`);
	await waitReady(site.page);
	await site.page.goto(`${site.origin}/ranking/`);
	await site.page.waitForSelector('[data-testid=ranking-bars] [data-prefecture]');
	await waitUntilKept(site.page, site.origin);
	kept = await site.page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});
});
afterAll(() => site?.close());

describe('the offline cache', () => {
	it('holds exactly the data files the pages fetched', () => {
		const fetched = [...requested].filter(isDataFile).sort();
		expect(fetched.length).toBeGreaterThan(0);
		expect(kept.filter(isDataFile).sort()).toEqual(fetched);
	});

	it('holds every file the session read, and no Node-only file or fallback copy', () => {
		const missing = [...requested].filter((path) => !isWasm(path) && !path.endsWith('/service-worker.js') && !kept.includes(path));
		expect(missing).toEqual([]);
		expect(kept.filter((path) => /\.(parquet|csv|arrow|wasm\.gz)$/.test(path))).toEqual([]);
		expect(kept.filter((path) => path.endsWith('.wasm'))).toHaveLength(1);
	});

	it('says on データ how much it keeps', async () => {
		const size = site.page.locator('[data-testid=offline-size]');
		await size.waitFor();
		// DuckDB's wasm alone is over 30 MB; the whole is what the cache holds, read back from it.
		expect(Number(await size.getAttribute('data-bytes'))).toBeGreaterThan(30e6);
		expect(await size.textContent()).toMatch(/このブラウザーに保存した量: \d+\.\d MB（集計エンジン \d+\.\d MB、データ \d+\.\d MB、画面とスクリプト \d+\.\d MB）/);
		await site.page.setViewportSize({ width: 390, height: 844 });
		await size.scrollIntoViewIfNeeded();
		await site.page.screenshot({ path: join(SCREENSHOT_DIR, 'offline-size-390.png') });
		expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
		expect(site.foreignRequests).toEqual([]);
	});
});
