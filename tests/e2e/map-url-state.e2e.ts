import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { openMap, waitForTitle, waitReady } from '../support/map-page';

const SHARED = '?date=2021-06-01&measure=gap_hokkaido&view=tile&bureau=%E6%B8%A1%E5%B3%B6%E7%B7%8F%E5%90%88%E6%8C%AF%E8%88%88%E5%B1%80&m=012025';

const site = siteForFile(() => openMap(SHARED));

describe('the whole view lives in the URL', () => {
	it('opens a shared link as it was shared', async () => {
		await waitForTitle(site.page, '渡島総合振興局・市町村別 北海道交付率との差（2021年6月1日）');
		expect(await site.page.inputValue('[data-testid=measure-select]')).toBe('gap_hokkaido');
		expect(await site.page.isChecked('[data-testid=view-tile]')).toBe(true);
		expect(await site.page.inputValue('[data-testid=bureau-select]')).toBe('渡島総合振興局');
		expect(await site.page.textContent('[data-testid=municipality-panel] h2')).toBe('函館市');
	});

	it('survives a reload', async () => {
		await site.page.reload();
		await waitReady(site.page);
		await waitForTitle(site.page, '2021年6月1日');
		expect(await site.page.isChecked('[data-testid=view-tile]')).toBe(true);
	});

	it('steps back and forward through changes', async () => {
		await site.page.selectOption('[data-testid=measure-select]', 'cards');
		await waitForTitle(site.page, '交付枚数');
		await site.page.check('[data-testid=view-geo]');
		await site.page.waitForSelector('[data-testid=choropleth][data-view=geo]');
		await site.page.goBack();
		await site.page.waitForSelector('[data-testid=choropleth][data-view=tile]');
		await site.page.goBack();
		await waitForTitle(site.page, '北海道交付率との差');
		await site.page.goForward();
		await waitForTitle(site.page, '交付枚数');
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('measure')).toBe('cards');
		expect(site.foreignRequests).toEqual([]);
	});
});
