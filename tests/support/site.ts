/** Serves the built site and opens Chromium on it; every browser test starts here. */
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDirectory, type RunningServer } from '../../tools/support/static-server';
import { openBrowser, type BrowserSession } from '../../tools/support/browser';

export const BUILD_DIR = resolve('build');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface SiteSession extends BrowserSession {
	origin: string;
	screenshot(name: string): Promise<string>;
}

export async function openSite(options: { javaScriptEnabled?: boolean } = {}): Promise<SiteSession> {
	if (!existsSync(resolve(BUILD_DIR, 'index.html'))) throw new Error('build/ がありません。先に npm run build を実行してください。');
	const server: RunningServer = await serveDirectory(BUILD_DIR);
	const browser = await openBrowser(server.origin, options);
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	return {
		...browser,
		origin: server.origin,
		async screenshot(name: string) {
			const path = resolve(SCREENSHOT_DIR, `${name}.png`);
			await browser.page.screenshot({ path, fullPage: true });
			return path;
		},
		async close() {
			// The browser's close reports CSP violations by throwing; the server stops either way.
			try {
				await browser.close();
			} finally {
				await server.close();
			}
		}
	};
}

/**
 * One session for a whole test file: opened before its first test, closed after its last. What it
 * returns reads through to the open session, so a test writes `site.page` as with its own variable.
 */
export function siteForFile(open: () => Promise<SiteSession> = () => openSite()): SiteSession {
	let session: SiteSession | undefined;
	beforeAll(async () => {
		session = await open();
	});
	afterAll(() => session?.close());
	return new Proxy({} as SiteSession, {
		get(_, key) {
			if (!session) throw new Error('ブラウザーのセッションはまだ開いていません（beforeAll の後で使ってください）。');
			return session[key as keyof SiteSession];
		}
	});
}
