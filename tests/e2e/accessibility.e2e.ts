import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { axeViolations, DESKTOP, lowContrast, openPage, PAGES, PHONE, svgTextColours } from '../support/page-checks';
import { waitForTitle } from '../support/map-page';

const site = siteForFile();

describe('WCAG 2.1 A/AA (axe-core) and the contrast of text drawn on SVG', () => {
	for (const [name, viewport] of [
		['desktop 1440×900', DESKTOP],
		['phone 390×844', PHONE]
	] as const) {
		for (const path of PAGES) {
			it(`${path} at ${name}: no axe violation, every SVG text ≥ 4.5:1`, async () => {
				await site.page.setViewportSize(viewport);
				await openPage(site.page, site.origin, path);
				expect(await axeViolations(site.page)).toEqual([]);
				const colours = await svgTextColours(site.page);
				expect(lowContrast(colours)).toEqual([]);
			});
		}
	}
});

describe('the tile view', () => {
	it('labels every tile with its own abbreviation at 4.5:1 on its fill, including the darkest classes', async () => {
		await site.page.setViewportSize(DESKTOP);
		for (const measure of ['rate', 'without_card', 'gap_national']) {
			await openPage(site.page, site.origin, `/?view=tile&measure=${measure}`);
			if (measure !== 'rate') await waitForTitle(site.page, measure === 'without_card' ? '未取得の人数' : '全国交付率との差');
			await site.page.waitForSelector('[data-testid=choropleth][data-view=tile] text');
			const labels = await site.page.$$eval('[data-testid=choropleth] [data-has-data=true] text', (texts) => texts.map((t) => t.textContent));
			expect(labels).toHaveLength(179);
			expect(new Set(labels).size).toBe(179);
			const colours = await svgTextColours(site.page);
			expect(colours.length).toBeGreaterThanOrEqual(179);
			expect(lowContrast(colours)).toEqual([]);
			// Rendered at ≥ 11 px on screen, whatever the viewBox scale.
			const heights = await site.page.$$eval('[data-testid=choropleth] text', (texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a));
			expect(Math.min(...heights)).toBeGreaterThanOrEqual(10.95);
		}
		await site.screenshot('tile-view-labels-desktop');
	});
});

describe('the skip link', () => {
	it('is the first thing after the map controls, shows on focus and takes the keyboard to the table', async () => {
		await site.page.setViewportSize(DESKTOP);
		await openPage(site.page, site.origin, '/');
		const skip = site.page.locator('[data-testid=skip-map]');
		expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1); // hidden until focused
		await site.page.focus('[data-testid=bureau-select]');
		await site.page.keyboard.press('Tab');
		expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe('地図を飛ばして表へ');
		expect((await skip.boundingBox())!.width).toBeGreaterThan(100);
		await site.screenshot('skip-link-focused');
		await site.page.keyboard.press('Enter');
		expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('municipality-table');
		await site.page.keyboard.press('Tab');
		// The next stop is inside the table's tools, not one of the 179 map shapes.
		expect(await site.page.evaluate(() => !!document.activeElement?.closest('#municipality-table'))).toBe(true);
		expect(site.foreignRequests).toEqual([]);
	});
});
