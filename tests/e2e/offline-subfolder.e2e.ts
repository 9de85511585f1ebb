import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitReady } from '../support/map-page';
import { serveAndOpen, serviceWorkerScope, waitUntilKept, type ServedBrowser } from '../support/offline';

// The same build placed in a sub-folder of a server (a base path): every request stays under it,
// the service worker's scope is the sub-folder, and offline use works there too.
// `origin` includes the sub-folder, so any request outside it counts as foreign.
const SUBFOLDER = '/sub/kofuritsu';
let served: ServedBrowser;
let server: ServedBrowser['server'];
let browser: ServedBrowser['browser'];
beforeAll(async () => {
	served = await serveAndOpen({ serve: { prefix: SUBFOLDER } });
	({ server, browser } = served);
});
afterAll(() => served?.close());

describe('the site in a sub-folder', () => {
	it('starts DuckDB and moves between screens under the sub-folder', async () => {
		expect(server.origin.endsWith(SUBFOLDER)).toBe(true);
		await browser.page.goto(`${server.origin}/`);
		await waitReady(browser.page);
		await browser.page.click('nav a[href$="/explore/"]');
		await browser.page.waitForURL(`${server.origin}/explore/`);
		await browser.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
		expect(browser.foreignRequests).toEqual([]);
	});

	it('keeps the site offline under the sub-folder, with the manifest in scope', async () => {
		await waitUntilKept(browser.page, server.origin);
		expect(await serviceWorkerScope(browser.page)).toBe(`${server.origin}/`);
		const manifest = await browser.page.$eval('link[rel=manifest]', (link) => (link as HTMLLinkElement).href);
		expect(manifest).toBe(`${server.origin}/manifest.webmanifest`);
		await browser.context.setOffline(true);
		await browser.page.goto(`${server.origin}/m/011002/`);
		expect(await browser.page.textContent('h1')).toContain('札幌市');
		await browser.page.goto(`${server.origin}/explore/`);
		await browser.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
		await browser.context.setOffline(false);
		expect(browser.foreignRequests).toEqual([]);
	});
});
