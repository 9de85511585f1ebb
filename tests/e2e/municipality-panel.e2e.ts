import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { openMap, shapeSelector } from '../support/map-page';

const site = siteForFile(() => openMap());

describe('a municipality', () => {
	it('opens its panel on click, and from the keyboard', async () => {
		await site.page.click(shapeSelector('012025'));
		await site.page.waitForSelector('[data-testid=municipality-panel]');
		expect(await site.page.textContent('[data-testid=municipality-panel] h2')).toBe('函館市');
		expect(await site.page.textContent('[data-testid=panel-rate]')).toBe('39.3%');
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('m')).toBe('012025');
		await site.page.focus(shapeSelector('011002'));
		await site.page.keyboard.press('Enter');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=municipality-panel] h2')?.textContent === '札幌市');
		await site.screenshot('municipality-panel');
	});

	it('links to its own page with its history, ranks and the cards it needs', async () => {
		await site.page.click('[data-testid=panel-link]');
		await site.page.waitForSelector('[data-testid=municipality-name]');
		expect(await site.page.textContent('[data-testid=municipality-name]')).toContain('札幌市');
		expect(await site.page.textContent('[data-testid=municipality-rate]')).toBe('45.8%');
		expect(await site.page.textContent('[data-testid=rank-in-prefecture]')).toMatch(/^\d+位\/179$/);
		expect(await site.page.textContent('[data-testid=rank-national]')).toMatch(/位\/1,741$/);
		expect(await site.page.textContent('[data-testid=cards-to-national]')).toBe('達成済み');
		expect(await site.page.locator('[data-testid=neighbours] tbody tr').count()).toBe(7);
		// Projected to the end of September from its recent pace: above today's 45.8 %.
		expect(Number((await site.page.textContent('[data-testid=municipality-projection]'))!.replace('%', ''))).toBeGreaterThan(45.8);
		await site.screenshot('municipality-page-sapporo');
	});

	it('has a prerendered page for every one of the 179', async () => {
		await site.page.goto(`${site.origin}/m/012025/`);
		expect(await site.page.textContent('[data-testid=cards-to-national]')).toBe('あと15,105枚');
		expect(site.foreignRequests).toEqual([]);
	});
});
