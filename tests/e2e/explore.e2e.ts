import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/explore/`);
	await site.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('the analysts\' page', () => {
	it('runs the example query with a table and a quick chart', async () => {
		expect(await site.page.locator('[data-testid=sql-result] tbody tr').count()).toBe(20);
		expect(await site.page.locator('[data-testid=quick-chart] rect').count()).toBe(20);
		await site.screenshot('explore');
	});

	it('runs the analyst\'s own SQL against the documented tables', async () => {
		await site.page.fill('[data-testid=sql-input]', `SELECT prefecture, round(100.0 * cards / population, 1) AS rate FROM prefectural_issuance WHERE release_date = DATE '2022-06-30' ORDER BY cards / population DESC`);
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=sql-meta]')?.textContent?.startsWith('47行'));
		expect(await site.page.textContent('[data-testid=sql-result] tbody tr:first-child')).toContain('宮崎県');
	});

	it('shows DuckDB\'s message for bad SQL and keeps working', async () => {
		await site.page.fill('[data-testid=sql-input]', 'SELEC 1');
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForSelector('[data-testid=sql-error]');
		expect(await site.page.textContent('[data-testid=sql-error]')).toContain('Parser Error');
		await site.page.fill('[data-testid=sql-input]', 'SELECT 42 AS answer');
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=sql-result] td')?.textContent === '42');
		expect(site.foreignRequests).toEqual([]);
	});
});
