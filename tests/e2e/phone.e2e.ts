import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';
import { horizontalOverflow, openPage, PAGES, PHONE, smallestText, targetsSmallerThan, textsSmallerThan } from '../support/page-checks';
import { shapeSelector } from '../support/map-page';

let site: SiteSession;
const pageErrors: string[] = [];
beforeAll(async () => {
	site = await openSite();
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.setViewportSize(PHONE);
});
afterAll(() => site?.close());

const shotName = (path: string) => `phone-${path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'map'}`;

describe('every screen on a 390 × 844 phone', () => {
	for (const path of PAGES) {
		it(`${path}: no sideways scroll, text ≥ 11 px, targets ≥ 44 px`, async () => {
			await openPage(site.page, site.origin, path);
			await site.screenshot(shotName(path));
			const [overflow, small, targets] = [await horizontalOverflow(site.page), await textsSmallerThan(site.page, 11), await targetsSmallerThan(site.page, 44)];
			expect({ overflow, small, targets }).toEqual({ overflow: 0, small: [], targets: [] });
			console.log(`${path} smallest text ${await smallestText(site.page)} px`);
		});
	}

	it('keeps the navigation on one row of short labels', async () => {
		await openPage(site.page, site.origin, '/');
		const boxes = await site.page.$$eval('nav.site-nav a', (links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes).toHaveLength(6);
		expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
		for (const b of boxes) expect(b.height).toBeLessThan(60); // one line, not one character per line
	});

	it('shows the headline figures in two columns', async () => {
		const lefts = await site.page.$$eval('.figures > div', (items) => items.slice(0, 4).map((d) => Math.round(d.getBoundingClientRect().left)));
		expect(new Set(lefts).size).toBe(2);
	});

	it('opens a tapped municipality in a bottom sheet with a close button, and closes it', async () => {
		await site.page.click(shapeSelector('011002'));
		const sheet = site.page.locator('[data-testid=municipality-panel]');
		await sheet.waitFor();
		const box = (await sheet.boundingBox())!;
		expect(Math.round(box.y + box.height)).toBe(PHONE.height); // sits on the screen's bottom edge
		expect(box.width).toBe(PHONE.width);
		expect(await site.page.textContent('[data-testid=panel-rate]')).toBe('45.8%');
		expect(await horizontalOverflow(site.page)).toBeLessThanOrEqual(0);
		await site.page.screenshot({ path: await site.screenshot('phone-map-sheet') });
		await site.page.click('[data-testid=panel-close]');
		await expect.poll(() => sheet.count()).toBe(0);
	});

	it('turns the table into cards with name, value and population', async () => {
		const card = site.page.locator('[data-testid=municipality-table] tbody tr[data-code="011002"]');
		const display = await card.evaluate((tr) => getComputedStyle(tr).display);
		expect(display).toBe('grid');
		const text = await card.innerText();
		expect(text).toContain('札幌市');
		expect(text).toContain('45.8%');
		expect(text).toContain('1,961,575');
		const label = await card.locator('td.population').evaluate((td) => getComputedStyle(td, '::before').content);
		expect(label).toContain('人口');
	});

	it('throws no error on any screen', () => {
		expect(pageErrors).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	});
});
