import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/summary/`);
});
afterAll(() => site?.close());

describe('the executive summary', () => {
	it('has the headline, the projection and the levers', async () => {
		const headline = await site.page.textContent('[data-testid=summary-headline]');
		expect(headline).toContain('42.1%');
		expect(headline).toContain('36位/47');
		expect(await site.page.textContent('[data-testid=summary-projection]')).toMatch(/令和4年9月30日に交付率 [\d.]+%/);
		await site.screenshot('summary');
	});

	it('prints on one A4 page', async () => {
		await site.page.emulateMedia({ media: 'print' });
		const pdf = await site.page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(join(SCREENSHOT_DIR, 'summary.pdf'), pdf);
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(1);
		expect(site.foreignRequests).toEqual([]);
	});

	it('reads on a phone', async () => {
		await site.page.emulateMedia({ media: 'screen' });
		await site.page.setViewportSize({ width: 390, height: 844 });
		const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await site.screenshot('summary-phone');
	});
});
