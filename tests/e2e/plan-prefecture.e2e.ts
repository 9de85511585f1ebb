import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { municipalityCodes } from '../../tools/support/plan-fixture';

// An invented grouping of a few 長野県 municipalities (the rest stand alone), in the region-list format (docs/plan-hq.md).
const REGION_CSV = ['市町村,地域', '長野市,さくら地域', '須坂市,さくら地域', '松本市,もみじ地域', '塩尻市,もみじ地域'].join('\n');

const site = siteForFile();

describe('the planner for a prefecture other than the deployment\'s', () => {
	it('plans 長野県 with an imported region list, and the map offers its regions', async () => {
		const page = site.page;
		await page.goto(`${site.origin}/plan/?pref=${encodeURIComponent('長野県')}`);
		// Fetched on the client (DuckDB): 更新中 first, never 北海道's rows.
		await page.waitForSelector('[data-testid=region-import]', { timeout: 120_000 });
		const codes = await municipalityCodes(page);
		expect(codes.length).toBeGreaterThan(70);
		expect(codes.every((c) => c.startsWith('20'))).toBe(true);
		expect(await page.textContent('[data-testid=priority-table]')).not.toContain('札幌市');

		await page.setInputFiles('[data-testid=region-import]', { name: '長野県の地域.csv', mimeType: 'text/csv', buffer: Buffer.from(REGION_CSV, 'utf8') });
		await expect.poll(() => page.$$eval('[data-testid=plan-bureau] option', (o) => o.map((x) => (x as HTMLOptionElement).value)), { timeout: 20_000 }).toEqual(['', 'さくら地域', 'もみじ地域']);
		expect(await page.textContent('[data-testid=plan-bureau] option[value=""]')).toBe('長野県全体');
		await page.selectOption('[data-testid=plan-bureau]', 'さくら地域');
		await expect.poll(() => page.$$eval('[data-testid=priority-table] tbody tr', (rows) => rows.length)).toBe(2);
		const names = await page.textContent('[data-testid=priority-table] tbody');
		expect(names).toContain('長野市');
		expect(names).toContain('須坂市');
		await site.screenshot('plan-nagano-regions');

		await page.goto(`${site.origin}/?pref=${encodeURIComponent('長野県')}`);
		// The prerendered page is 北海道's: wait for 長野県 and its imported regions.
		await expect.poll(() => page.getAttribute('main[data-prefecture]', 'data-prefecture'), { timeout: 60_000 }).toBe('長野県');
		await expect.poll(() => page.$$eval('[data-testid=bureau-select] option', (o) => o.map((x) => (x as HTMLOptionElement).value)), { timeout: 20_000 }).toEqual(['', 'さくら地域', 'もみじ地域']);
		await page.check('[data-testid=unit-bureau]');
		await expect.poll(() => page.textContent('[data-testid=map-title]')).toContain('長野県');
		await site.screenshot('map-nagano-regions');
	});

	it('names an unknown prefecture and removes it from the address', async () => {
		const page = site.page;
		await page.goto(`${site.origin}/plan/?pref=${encodeURIComponent('北海道県')}`);
		await page.waitForSelector('[data-testid=ignored-note]');
		expect(await page.textContent('[data-testid=ignored-note]')).toContain('pref=北海道県');
		await expect.poll(() => new URL(page.url()).search).toBe('');
	});
});
