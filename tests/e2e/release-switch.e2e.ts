import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

// Choosing another release is answered by DuckDB-wasm in the page, not by prerendered data.
let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('choosing a release', () => {
	it('offers all 40 releases and recolours the map from DuckDB-wasm', async () => {
		expect(await site.page.locator('[data-testid=release-select] option').count()).toBe(40);
		const before = await site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'fill');
		await site.page.selectOption('[data-testid=release-select]', '2020-01-20');
		await expect.poll(() => site.page.textContent('[data-testid=release-date]')).toContain('2020年1月20日（令和2年1月20日）');
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('12.5%');
		expect(await site.page.textContent('[data-testid=pref-rank]')).toBe('31位/47');
		expect(await site.page.textContent('[data-testid=national-rate]')).toBe('15.0%');
		// Spoken labels follow the colours once painted.
		await expect.poll(() => site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'aria-label')).toContain('札幌市 交付率12.9%');
		// 札幌市 went from 12.9 % to over 40 %: its colour is another class of the scale.
		expect(before).toMatch(/\S/);
		await expect.poll(() => site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'fill')).not.toBe(before);
		expect(await site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'fill')).toMatch(/\S/);
		await site.screenshot('release-2020-01-20');
		expect(site.foreignRequests).toEqual([]);
	});
});
