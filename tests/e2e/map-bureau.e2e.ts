import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { fills, openMap, shapeSelector, waitForTitle } from '../support/map-page';

const site = siteForFile(() => openMap());

describe('bureaus', () => {
	it('filters to one bureau: zooms the map and lists only its municipalities', async () => {
		const wholeViewBox = await site.page.getAttribute('[data-testid=choropleth]', 'viewBox');
		await site.page.selectOption('[data-testid=bureau-select]', '十勝総合振興局');
		await waitForTitle(site.page, '十勝総合振興局・市町村別');
		const zoomed = (await site.page.getAttribute('[data-testid=choropleth]', 'viewBox'))!.split(' ').map(Number);
		const whole = wholeViewBox!.split(' ').map(Number);
		expect(zoomed[2]).toBeLessThan(whole[2] / 2);
		expect(await site.page.locator('[data-testid=municipality-table] tbody tr').count()).toBe(19);
		expect(await site.page.textContent('[data-testid=municipality-table] tbody')).toContain('帯広市');
		// Municipalities of other bureaus are dimmed and out of the tab order.
		expect(await site.page.getAttribute(shapeSelector('011002'), 'tabindex')).toBe('-1');
		expect(await site.page.getAttribute(shapeSelector('012076'), 'tabindex')).toBe('0');
		await site.screenshot('bureau-filter-tokachi');
	});

	it('shows the 14 bureaus as a geometry with measures summed from their municipalities', async () => {
		await site.page.selectOption('[data-testid=bureau-select]', '');
		await site.page.check('[data-testid=unit-bureau]');
		await waitForTitle(site.page, '北海道・振興局別');
		const rows = site.page.locator('[data-testid=municipality-table] tbody tr');
		expect(await rows.count()).toBe(14);
		// 石狩: 1,089,775 / 2,384,438 = 45.7 %
		expect(await rows.first().textContent()).toContain('石狩振興局');
		expect(await rows.first().textContent()).toContain('45.7%');
		const f = await fills(site.page);
		expect(f['011002']).toBe(f['012173']); // 札幌市 and 江別市 are both 石狩
		expect(f['011002']).not.toBe(f['016012']); // 日高町 (日高振興局) is the lowest bureau
		await site.page.hover(shapeSelector('012173'));
		await expect.poll(() => site.page.textContent('[data-testid=map-tooltip]')).toContain('石狩振興局');
		await site.screenshot('bureau-unit');
		expect(site.foreignRequests).toEqual([]);
	});
});
