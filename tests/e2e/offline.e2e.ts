import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { waitReady, waitForTitle } from '../support/map-page';
import { serviceWorkerScope, waitUntilKept } from '../support/offline';

// Served on http://127.0.0.1, a secure context: one visit, then every screen works with the network off.
let site: SiteSession;
const VENUE = 'オフライン確認の会場';
const planRows = (page: Page) => page.locator('[data-testid=event-list] tbody tr');

beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/`);
	await waitReady(site.page);
	// A plan made while online must still be there offline.
	await site.page.goto(`${site.origin}/plan/`);
	await site.page.waitForSelector('html[data-hydrated=true]'); // painted before it is hydrated
	await site.page.selectOption('[data-testid=plan-bureau]', '十勝総合振興局');
	await site.page.click('[data-testid=event-new]');
	await site.page.selectOption('[data-testid=event-kind]', 'offsite');
	await site.page.fill('[data-testid=event-venue]', VENUE);
	await site.page.fill('[data-testid=event-unit-cost]', '500');
	await site.page.fill('[data-testid=event-quantity]', '100');
	await site.page.fill('[data-testid=event-expected]', '80');
	await site.page.click('[data-testid=event-save]');
	await planRows(site.page).filter({ hasText: VENUE }).waitFor();
	await waitUntilKept(site.page, site.origin);
	await site.context.setOffline(true);
});
afterAll(() => site?.close());

describe('offline after one visit', () => {
	it('installed the service worker for the whole site and says so on データ', async () => {
		expect(await serviceWorkerScope(site.page)).toBe(`${site.origin}/`);
		expect(await site.page.textContent('[data-testid=offline-status]')).toContain('オフラインで使えます');
		for (const [width, height] of [[390, 844], [1440, 900]]) {
			await site.page.setViewportSize({ width, height });
			await site.page.locator('[data-testid=offline-status]').scrollIntoViewIfNeeded();
			await site.page.screenshot({ path: join(SCREENSHOT_DIR, `offline-status-ready-${width}.png`) });
			expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
		}
		await site.page.setViewportSize({ width: 1280, height: 900 });
	});

	it('地図 opens and changes release with the network off', async () => {
		await site.page.goto(`${site.origin}/`);
		await waitReady(site.page);
		await site.page.click('[data-testid=release-prev]');
		await waitForTitle(site.page, '2022年6月1日');
		await site.page.selectOption('[data-testid=release-select]', '2021-01-01');
		await waitForTitle(site.page, '2021年1月1日');
		// Really offline: a file the site never kept cannot be had.
		expect(await site.page.evaluate(() => fetch(`not-kept-${Date.now()}.csv`).then(() => 'fetched', () => 'failed'))).toBe('failed');
	});

	it('全国比較 loads with its data', async () => {
		await site.page.goto(`${site.origin}/ranking/`);
		expect(await site.page.textContent('[data-testid=ranking-headline]')).toContain('36位/47');
		expect(await site.page.locator('[data-testid=ranking-bars] [data-prefecture]').count()).toBe(47);
	});

	it('計画 keeps its events', async () => {
		await site.page.goto(`${site.origin}/plan/`);
		// The plan is read from IndexedDB after hydration: on a busy machine that takes seconds.
		await site.page.waitForSelector('html[data-hydrated=true]');
		await expect.poll(() => planRows(site.page).filter({ hasText: VENUE }).count(), { timeout: 30_000 }).toBe(1);
	});

	it('探索 answers SQL', async () => {
		await site.page.goto(`${site.origin}/explore/`);
		await site.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
		await site.page.fill('[data-testid=sql-input]', `SELECT count(*)::INTEGER AS n FROM prefectural_issuance WHERE release_date = DATE '2022-06-30'`);
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=sql-result] td')?.textContent === '47');
	});

	it('a client-side move between screens works too, and nothing left the origin', async () => {
		await site.page.goto(`${site.origin}/summary/`);
		await site.page.click('nav a[href$="/ranking/"]');
		await site.page.waitForURL(/\/ranking\/$/);
		expect(await site.page.locator('[data-testid=ranking-bars] [data-prefecture]').count()).toBe(47);
		expect(site.foreignRequests).toEqual([]);
	});
});

describe('installable', () => {
	it('links a manifest whose start URL lies within its scope, with both icons', async () => {
		await site.context.setOffline(false);
		await site.page.goto(`${site.origin}/m/011002/`);
		const href = await site.page.$eval('link[rel=manifest]', (link) => (link as HTMLLinkElement).href);
		expect(href).toBe(`${site.origin}/manifest.webmanifest`);
		const response = await site.page.request.get(href);
		expect(response.headers()['content-type']).toContain('application/manifest+json');
		const manifest = await response.json();
		const scope = new URL(manifest.scope, href).href;
		const start = new URL(manifest.start_url, href).href;
		expect(scope).toBe(`${site.origin}/`);
		expect(start.startsWith(scope)).toBe(true);
		expect(manifest.name).toBe('交付率ダッシュボード（北海道）');
		expect(manifest.display).toBe('standalone');
		for (const size of [192, 512]) {
			const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === `${size}x${size}`);
			const png = await (await site.page.request.get(new URL(icon.src, href).href)).body();
			// PNG signature, then IHDR's width and height.
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
		}
	});
});
