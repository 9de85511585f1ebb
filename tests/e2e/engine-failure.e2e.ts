import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

// If DuckDB-wasm cannot start (here: its wasm is blocked), the page says so in Japanese
// and the prerendered map and figures stay in place.
let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	// Both copies of the wasm: the compressed one the worker asks for first, and the plain fallback.
	await site.context.route(/\.wasm(\.gz)?$/, (route) => route.abort());
	await site.page.goto(`${site.origin}/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=failed]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('when DuckDB-wasm fails to start', () => {
	it('says so plainly and keeps the map usable', async () => {
		expect(await site.page.textContent('[data-testid=engine-status]')).toContain('集計エンジンを起動できませんでした。地図と数値は表示されたまま使えます。');
		expect(await site.page.locator('[data-testid=choropleth] [data-code][data-has-data=true]').count()).toBe(179);
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('42.1%');
		await site.page.hover('[data-testid=choropleth] [data-code="011002"]');
		await expect.poll(() => site.page.textContent('[data-testid=map-tooltip]')).toContain('札幌市');
		await site.screenshot('engine-failure');
	});

	it('still changes release from the views prerendered with the site', async () => {
		await site.page.selectOption('[data-testid=release-select]', '2020-09-01');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=map-title]')?.textContent?.includes('2020年9月1日'));
		expect(await site.page.textContent('[data-testid=release-date]')).toContain('2020年9月1日');
		expect(await site.page.isVisible('[data-testid=headline-updating]')).toBe(false);
		// A comparison with any earlier release needs DuckDB-wasm: not offered.
		await site.page.selectOption('[data-testid=measure-select]', 'rate_change');
		expect(await site.page.isDisabled('[data-testid=base-select]')).toBe(true);
	});
});
