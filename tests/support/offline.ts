/** Helpers for the offline tests: wait until the service worker has kept the whole site. */
import type { Page } from 'playwright-core';

/** Opens データ and waits until it says the site is usable offline (wasm included). */
export async function waitUntilKept(page: Page, siteUrl: string): Promise<void> {
	await page.goto(`${siteUrl}/data/`);
	await page.waitForSelector('[data-testid=offline-status][data-state=ready]', { timeout: 120_000 });
}

/** The service worker's registration scope seen from the page, or null. */
export function serviceWorkerScope(page: Page): Promise<string | null> {
	return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
}
