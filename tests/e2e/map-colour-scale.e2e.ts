/**
 * Colours that can show time: on the default fixed scale a rate has the same colour in every
 * release, so playing through them darkens the map as uptake rises; the national rate is a named
 * class boundary; the legend is beside the map without scrolling at 1440×900; the per-release
 * classes stay on offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMap, fills, waitForTitle } from '../support/map-page';
import type { SiteSession } from '../support/site';

let site: SiteSession;
beforeAll(async () => {
	site = await openMap();
	await site.page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(() => site?.close());

/** Mean relative luminance of the municipalities' fills (0 black … 1 white). */
async function meanLightness(): Promise<number> {
	const values = Object.values(await fills(site.page)).map((fill) => {
		const [r, g, b] = fill.startsWith('#') ? [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)) : fill.match(/\d+/g)!.map(Number);
		return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
	});
	return values.reduce((s, v) => s + v, 0) / values.length;
}

describe('the rate colours across releases', () => {
	it('darken as uptake rises, release after release', async () => {
		const lightness: number[] = [];
		for (const [date, title] of [
			['2017-03-08', '2017年3月8日'],
			['2019-04-01', '2019年4月1日'],
			['2021-01-01', '2021年1月1日'],
			['2022-06-30', '2022年6月30日']
		]) {
			await site.page.selectOption('[data-testid=release-select]', date);
			await waitForTitle(site.page, title);
			lightness.push(await meanLightness());
		}
		for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]);
	});

	it('names the national rate in the legend, which is on screen beside the map', async () => {
		const legend = site.page.locator('.legend-box');
		expect(await legend.textContent()).toContain('45.3（全国）');
		const box = (await legend.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		const map = (await site.page.locator('[data-testid=choropleth]').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		await site.page.screenshot({ path: 'test-results/screenshots/map-fixed-scale-1440.png' });
	});

	it('offers the classes of the release alone', async () => {
		const fixed = await fills(site.page);
		await site.page.selectOption('[data-testid=scale-select]', 'relative');
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('scale')).toBe('relative');
		await site.page.waitForFunction(() => !document.querySelector('.legend-box')?.textContent?.includes('（全国）'));
		expect(await fills(site.page)).not.toEqual(fixed);
		await site.page.selectOption('[data-testid=scale-select]', 'fixed');
		expect(await fills(site.page)).toEqual(fixed);
	});
});
