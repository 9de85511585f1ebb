import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

// The map is prerendered SVG: it must be there before, and without, any script or wasm.
let site: SiteSession;
beforeAll(async () => {
	site = await openSite({ javaScriptEnabled: false });
	await site.page.goto(`${site.origin}/`);
});
afterAll(() => site?.close());

describe('with JavaScript disabled', () => {
	it('shows the map, the legend and the headline', async () => {
		expect(await site.page.locator('[data-testid=choropleth] [data-code][data-has-data=true]').count()).toBe(179);
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('42.1%');
		expect(await site.page.textContent('[data-testid=pref-rank]')).toBe('36位/47');
		expect(await site.page.locator('figure.legend li').count()).toBeGreaterThanOrEqual(6);
		expect(await site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'aria-label')).toContain('札幌市 交付率45.8%');
		await site.screenshot('no-javascript');
		expect(site.foreignRequests).toEqual([]);
	});
});
