import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

const NO_DATA_FILL = '#d9d9d9';
let site: SiteSession;
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.goto(`${site.origin}/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('the first screen', () => {
	it('shows the official headline of the latest release', async () => {
		const text = (id: string) => site.page.textContent(`[data-testid=${id}]`);
		expect(await text('pref-rate')).toBe('42.1%');
		expect(await text('pref-rank')).toBe('36位/47');
		expect(await text('national-rate')).toBe('45.3%');
		expect(await text('release-date')).toContain('2022年6月30日（令和4年6月30日）');
	});

	it('colours the 179 municipalities and draws the Northern Territories as no data', async () => {
		const fills = await site.page.$$eval('[data-testid=choropleth] [data-code]', (paths) => paths.map((p) => ({ hasData: p.getAttribute('data-has-data'), fill: p.getAttribute('fill') })));
		const withData = fills.filter((f) => f.hasData === 'true');
		expect(withData).toHaveLength(179);
		expect(withData.every((f) => f.fill && f.fill !== '#d9d9d9')).toBe(true);
		expect(new Set(withData.map((f) => f.fill)).size).toBeGreaterThanOrEqual(5);
		expect(fills.filter((f) => f.hasData === 'false').map((f) => f.fill)).toEqual(Array(6).fill(NO_DATA_FILL));
	});

	it('shows name, rate, cards and population on hover and on keyboard focus', async () => {
		await site.page.hover('[data-testid=choropleth] [data-code="011002"]');
		const tooltip = site.page.locator('[data-testid=map-tooltip]');
		await expect.poll(() => tooltip.textContent()).toContain('札幌市');
		expect(await tooltip.textContent()).toContain('45.8%');
		expect(await tooltip.textContent()).toContain('897,956枚');
		expect(await tooltip.textContent()).toContain('1,961,575人');
		await site.page.focus('[data-testid=choropleth] [data-code="012025"]');
		await expect.poll(() => tooltip.textContent()).toContain('函館市');
	});

	it('credits the sources and MLIT', async () => {
		expect(await site.page.textContent('[data-testid=mlit-credit]')).toBe('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
	});

	it('makes no request outside its own origin and throws no error', async () => {
		await site.screenshot('first-screen');
		expect(site.foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
	});
});
