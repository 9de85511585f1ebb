/**
 * Debian's Chromium driven by playwright-core, as the project's browser tests and benchmark
 * use it: headless, no sandbox (root in CI), no background networking, a fresh profile.
 * Every request that leaves the site's origin is recorded so tests can fail on it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
	context: BrowserContext;
	page: Page;
	/** URLs requested outside the origin; tests assert this stays empty. */
	foreignRequests: string[];
	close(): Promise<void>;
}

export async function openBrowser(origin: string, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
	const profile = mkdtempSync(join(tmpdir(), 'kofuritsu-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
		viewport: { width: 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		locale: 'ja-JP'
	});
	const foreignRequests: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		foreignRequests,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

export type { Browser };
