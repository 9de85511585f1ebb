import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory, type RunningServer } from '../../tools/support/static-server';
import { openBrowser, type BrowserSession } from '../../tools/support/browser';
import { BUILD_DIR, SCREENSHOT_DIR } from '../support/site';
import { waitReady } from '../support/map-page';
import { waitUntilKept } from '../support/offline';

// A redeploy with newer data: the open site keeps running on the build it was opened with, says
// 「新しいデータがあります」, and only on 更新 switches, whole, to the new build.
// The served folder is build/ linked file by file; the "new build" rewrites the files that carry
// the build's version (the service worker, the app's chunk, the map page) and marks its index.html.
const NEW_BUILD_MARK = '<meta name="kofuritsu-test-build" content="next" />';
let site: string;
let server: RunningServer;
let browser: BrowserSession;

/** build/ as a tree of links to its files, so that single files can be replaced. */
function linkTree(from: string, to: string): string[] {
	mkdirSync(to, { recursive: true });
	return readdirSync(from, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return linkTree(join(from, entry.name), join(to, entry.name));
		symlinkSync(join(from, entry.name), join(to, entry.name));
		return [join(to, entry.name)];
	});
}

/** Replaces a link by a file of its own (never writing through the link into build/). */
function rewrite(path: string, change: (text: string) => string) {
	const text = readFileSync(path, 'utf8');
	rmSync(path);
	writeFileSync(path, change(text));
}

let files: string[] = [];
function redeploy() {
	const { version } = JSON.parse(readFileSync(join(BUILD_DIR, '_app/version.json'), 'utf8'));
	// Scripts, and pages that name DuckDB's files with the build's version (EngineEarlyStart.svelte).
	const versioned = files.filter((f) => /\.(js|html)$/.test(f) && readFileSync(f, 'utf8').includes(version));
	expect(versioned.some((f) => f.endsWith('/service-worker.js'))).toBe(true);
	for (const file of versioned) rewrite(file, (text) => text.replaceAll(version, `${version}-next`));
	rewrite(join(site, 'index.html'), (text) => text.replace('<head>', `<head>${NEW_BUILD_MARK}`));
}

const isNewBuild = () => browser.page.evaluate(() => !!document.querySelector('meta[name=kofuritsu-test-build]'));
const siteCaches = () => browser.page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kofuritsu ')));

beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'kofuritsu-site-'));
	files = linkTree(BUILD_DIR, site);
	server = await serveDirectory(site);
	browser = await openBrowser(server.origin);
	await browser.page.goto(`${server.origin}/`);
	await waitReady(browser.page);
	await waitUntilKept(browser.page, server.origin);
});
afterAll(async () => {
	// The session's close fails on a CSP violation; the server stops either way.
	try {
		await browser?.close();
	} finally {
		await server?.close();
		if (site) rmSync(site, { recursive: true, force: true });
	}
});

describe('a redeployed site', () => {
	it('offers the new build and keeps showing the old one until asked', async () => {
		redeploy();
		await browser.page.goto(`${server.origin}/`);
		await browser.page.waitForSelector('[data-testid=update-banner]', { timeout: 120_000 });
		expect(await browser.page.textContent('[data-testid=update-banner]')).toContain('新しいデータがあります');
		expect(await isNewBuild()).toBe(false);
		// Reloading does not switch either: the old build is served whole from its own cache.
		await browser.page.reload();
		await browser.page.waitForSelector('[data-testid=update-banner]');
		expect(await isNewBuild()).toBe(false);
		await waitReady(browser.page);
		await browser.page.setViewportSize({ width: 390, height: 844 });
		await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'update-banner-390.png') });
		await browser.page.setViewportSize({ width: 1440, height: 900 });
		await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'update-banner-1440.png') });
	});

	it('switches to the new build on 更新, and drops the old cache', async () => {
		await Promise.all([browser.page.waitForEvent('load'), browser.page.click('[data-testid=update-apply]')]);
		await browser.page.waitForFunction(() => !!document.querySelector('meta[name=kofuritsu-test-build]'));
		await waitReady(browser.page);
		expect(await browser.page.locator('[data-testid=update-banner]').count()).toBe(0);
		await expect.poll(siteCaches).toHaveLength(1);
		expect((await siteCaches())[0].endsWith('-next')).toBe(true);
		expect(browser.foreignRequests).toEqual([]);
	});
});
