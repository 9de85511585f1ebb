/** Helpers for the map screen: open it ready for queries, read what a user sees. */
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from './site';

export async function openMap(query = ''): Promise<SiteSession> {
	const site = await openSite();
	await site.page.goto(`${site.origin}/${query}`);
	await waitReady(site.page);
	return site;
}

export async function waitReady(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
}

export const shapeSelector = (code6: string) => `[data-testid=choropleth] [data-code="${code6}"]`;

export async function fills(page: Page): Promise<Record<string, string>> {
	return page.$$eval('[data-testid=choropleth] [data-code]', (shapes) => Object.fromEntries(shapes.map((s) => [s.getAttribute('data-code'), s.getAttribute('fill') ?? ''])));
}

/** The map title, once it mentions `expected` (the view updates after DuckDB-wasm answers). */
export async function waitForTitle(page: Page, expected: string): Promise<string> {
	await page.waitForFunction((text) => document.querySelector('[data-testid=map-title]')?.textContent?.includes(text), expected, { timeout: 15_000 });
	return (await page.textContent('[data-testid=map-title]')) ?? '';
}
