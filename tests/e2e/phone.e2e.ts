import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
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

	it('has no sideways scroll at 360 and 430 px either', async () => {
		for (const width of [360, 430]) {
			await site.page.setViewportSize({ width, height: 800 });
			for (const path of PAGES) {
				await openPage(site.page, site.origin, path);
				expect({ width, path, overflow: await horizontalOverflow(site.page) }).toEqual({ width, path, overflow: 0 });
			}
		}
		await site.page.setViewportSize(PHONE);
	});

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
		await site.page.screenshot({ path: `${SCREENSHOT_DIR}/phone-map-sheet.png` });
		await site.page.click('[data-testid=panel-close]');
		await expect.poll(() => sheet.count()).toBe(0);
		await site.page.click(shapeSelector('012025'));
		await sheet.waitFor();
		await site.page.keyboard.press('Escape');
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

	it('shows the plan\'s events as cards, with the editor and the buttons fitting the phone', async () => {
		await openPage(site.page, site.origin, '/plan/');
		await site.page.click('[data-testid=event-new]');
		await site.page.selectOption('[data-testid=event-kind]', 'offsite');
		await site.page.fill('[data-testid=event-venue]', '架空の駅前広場');
		await site.page.fill('[data-testid=event-expected]', '120');
		expect(await horizontalOverflow(site.page)).toBeLessThanOrEqual(0);
		expect(await targetsSmallerThan(site.page, 44)).toEqual([]);
		await site.page.click('[data-testid=event-save]');
		const card = site.page.locator('[data-testid=event-list] tbody tr').filter({ hasText: '架空の駅前広場' });
		await card.waitFor();
		expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe('flex');
		const box = (await card.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(PHONE.width);
		// Readable lines, not one-character columns: the venue sits on one line of the card.
		const detail = (await card.locator('.detail').boundingBox())!;
		expect(detail.height).toBeLessThan(30);
		expect(await horizontalOverflow(site.page)).toBeLessThanOrEqual(0);
		expect(await textsSmallerThan(site.page, 11)).toEqual([]);
		expect(await targetsSmallerThan(site.page, 44)).toEqual([]);
		await card.scrollIntoViewIfNeeded();
		await site.page.screenshot({ path: `${SCREENSHOT_DIR}/phone-plan-events.png` });
		site.page.once('dialog', (dialog) => void dialog.accept());
		await card.locator('button', { hasText: '削除' }).click();
		await expect.poll(() => card.count()).toBe(0);
	});

	it('throws no error on any screen', () => {
		expect(pageErrors).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	});
});
