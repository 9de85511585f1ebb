import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteSession } from '../support/site';
import { fills, openMap, waitForTitle } from '../support/map-page';

let site: SiteSession;
beforeAll(async () => {
	site = await openMap('?measure=without_card');
	await waitForTitle(site.page, '未取得の人数');
});
afterAll(() => site?.close());

describe('the tile view', () => {
	it('draws one equal, non-overlapping square per municipality in the same colours', async () => {
		const geoFills = await fills(site.page);
		await site.page.check('[data-testid=view-tile]');
		await site.page.waitForSelector('[data-testid=choropleth][data-view=tile]');
		const rects = await site.page.$$eval('[data-testid=choropleth] rect', (rs) => rs.map((r) => [r.getAttribute('x'), r.getAttribute('y'), r.getAttribute('width'), r.getAttribute('height')].join(',')));
		expect(rects).toHaveLength(185);
		expect(new Set(rects.map((r) => r.split(',').slice(2).join(','))).size).toBe(1); // all the same size
		expect(new Set(rects.map((r) => r.split(',').slice(0, 2).join(','))).size).toBe(185); // no two in one place
		expect(await fills(site.page)).toEqual(geoFills);
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('view')).toBe('tile');
		await site.screenshot('tile-view');
		expect(site.foreignRequests).toEqual([]);
	});
});
