/** Helpers for the offline tests: serve the built site on its own terms, wait until the service worker has kept it. */
import type { Page } from 'playwright-core';
import { serveDirectory, type RunningServer, type ServeOptions } from '../../tools/support/static-server';
import { openBrowser, type BrowserSession } from '../../tools/support/browser';
import { BUILD_DIR } from './site';

/** Opens データ and waits until it says the site is usable offline (wasm included). */
export async function waitUntilKept(page: Page, siteUrl: string): Promise<void> {
	await page.goto(`${siteUrl}/data/`);
	await page.waitForSelector('[data-testid=offline-status][data-state=ready]', { timeout: 120_000 });
}

/** The service worker's registration scope seen from the page, or null. */
export function serviceWorkerScope(page: Page): Promise<string | null> {
	return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
}

export interface ServedBrowser {
	server: RunningServer;
	browser: BrowserSession;
	/** Where the browser opens the site (the server's origin, or `site` when it is reached by another name). */
	site: string;
	close(): Promise<void>;
}

/** The built site on its own server (a sub-folder, a host name) and a browser on it, closed together. */
export async function serveAndOpen(options: { serve?: ServeOptions; host?: string } = {}): Promise<ServedBrowser> {
	const server = await serveDirectory(BUILD_DIR, options.serve);
	const site = options.host ? `http://${options.host}:${new URL(server.origin).port}` : server.origin;
	const browser = await openBrowser(site, options.host ? { args: [`--host-resolver-rules=MAP ${options.host} 127.0.0.1`] } : {});
	return {
		server,
		browser,
		site,
		async close() {
			// The session's close fails on a CSP violation; the server stops either way.
			try {
				await browser.close();
			} finally {
				await server.close();
			}
		}
	};
}
