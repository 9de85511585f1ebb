import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from '../support/site';
import { waitReady } from '../support/map-page';
import { serveAndOpen, type ServedBrowser } from '../support/offline';

// Over plain http from a host that is not this machine, browsers refuse service workers: the site
// works as before, and データ explains why offline use is unavailable.
let served: ServedBrowser;
let browser: ServedBrowser['browser'];
let site: string;
beforeAll(async () => {
	served = await serveAndOpen({ host: 'kofuritsu.intranet.test' });
	({ browser, site } = served);
});
afterAll(() => served?.close());

describe('over plain http on an intranet host', () => {
	it('runs DuckDB as before, without a service worker', async () => {
		await browser.page.goto(`${site}/`);
		await waitReady(browser.page);
		expect(await browser.page.evaluate(() => isSecureContext)).toBe(false);
		expect(await browser.page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
	});

	it('says on データ why offline use is unavailable, and when it would be', async () => {
		await browser.page.goto(`${site}/data/`);
		await browser.page.waitForSelector('[data-testid=offline-status][data-state=insecure]');
		const text = await browser.page.textContent('[data-testid=offline-status]');
		expect(text).toContain('オフラインでは使えません');
		expect(text).toContain(site);
		expect(text).toContain('https');
		await browser.page.setViewportSize({ width: 390, height: 844 });
		await browser.page.locator('[data-testid=offline-status]').scrollIntoViewIfNeeded();
		await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'offline-status-insecure-390.png') });
		expect(await browser.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
		expect(browser.foreignRequests).toEqual([]);
	});
});
