import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/ranking/`);
});
afterAll(() => site?.close());

const bars = '[data-testid=ranking-bars] [data-prefecture]';

describe('the national ranking', () => {
	it('ranks the 47 as published, with Hokkaido highlighted', async () => {
		expect(await site.page.textContent('[data-testid=ranking-headline]')).toContain('36位/47');
		const ranked = await site.page.$$eval(bars, (gs) => gs.map((g) => [g.getAttribute('data-prefecture'), g.getAttribute('data-rank'), g.textContent]));
		expect(ranked).toHaveLength(47);
		expect(ranked[0][0]).toBe('宮崎県');
		expect(ranked[0][2]).toContain('58.6%');
		expect(ranked[46][0]).toBe('沖縄県');
		expect(await site.page.getAttribute('[data-testid=ranking-bars] .focus', 'data-prefecture')).toBe('北海道');
		expect(await site.page.locator('[data-testid=japan-map] path').count()).toBe(47);
		await site.screenshot('ranking');
	});

	it('computes what it would take: by default against the others as projected, or as published', async () => {
		// The default answer compares with the projection the page shows, with the rank's range.
		expect(await site.page.textContent('[data-testid=calc-answer]')).toMatch(/北海道が2022年9月30日までに期限時点の見込みで全国の交付率[\d.]+%に届くには、2022年6月30日の交付枚数からあと[\d,]+枚/);
		await site.page.selectOption('[data-testid=calc-kind]', 'rank');
		await site.page.fill('[data-testid=calc-rank]', '30');
		const projection = await site.page.textContent('[data-testid=calc-projection-result]');
		expect(projection?.replace(/\s+/g, ' ')).toMatch(/（令和4年9月30日）に交付率[\d.]+%（90%の幅 [\d.]+%〜[\d.]+%）、\d+位（\d+〜\d+位）の見込み/);
		await site.page.check('[data-testid=calc-published]');
		await site.page.waitForFunction(() => !document.querySelector('[data-testid=calc-projection-result]'));
		expect(await site.page.textContent('[data-testid=calc-answer]')).toMatch(/全国30位（交付率[\d.]+%）に届くには/);
	});

	it('says in one sentence when a prefecture already meets the target, and offers the next rank up', async () => {
		await site.page.goto(`${site.origin}/ranking/?pref=宮崎県`);
		await site.page.waitForSelector('html[data-hydrated=true]');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=calc-answer]')?.getAttribute('data-status') === 'met');
		expect(await site.page.textContent('[data-testid=calc-answer]')).toBe('すでに目標（期限時点の見込みで全国の交付率47.0%）を上回っています。全国1位です。');
		expect(await site.page.locator('[data-testid=calc-next]').count()).toBe(0);
		await site.page.goto(`${site.origin}/ranking/?pref=石川県`);
		await site.page.waitForSelector('html[data-hydrated=true]');
		await site.page.selectOption('[data-testid=calc-kind]', 'rate');
		await site.page.fill('[data-testid=calc-rate]', '10');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=calc-answer]')?.getAttribute('data-status') === 'met');
		const next = await site.page.textContent('[data-testid=calc-next]');
		expect(next).toMatch(/^次の目標: 全国\d+位$/);
		await site.page.click('[data-testid=calc-next]');
		expect(await site.page.inputValue('[data-testid=calc-rank]')).toBe(/\d+/.exec(next!)![0]);
		await site.page.goto(`${site.origin}/ranking/`);
		await site.page.waitForSelector('html[data-hydrated=true]');
	});

	it('serves any prefecture as the focus and any release, from the URL', async () => {
		await site.page.selectOption('[data-testid=focus-select]', '宮崎県');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=ranking-headline]')?.textContent?.includes('宮崎県は交付率 58.6%'));
		expect(new URL(site.page.url()).searchParams.get('pref')).toBe('宮崎県');
		await site.page.selectOption('[data-testid=ranking-release]', '2020-01-20');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=ranking-headline]')?.textContent?.includes('2020年（令和2年）1月20日'));
		await site.page.goto(`${site.origin}/ranking/?date=2020-01-20`);
		await site.page.waitForFunction(() => document.querySelector('[data-testid=ranking-headline]')?.textContent?.includes('北海道は交付率 12.5%'));
		expect(await site.page.textContent('[data-testid=ranking-headline]')).toContain('31位/47');
	});

	it('finds a Hokkaido municipality among all 1,741', async () => {
		await site.page.goto(`${site.origin}/ranking/`);
		expect(await site.page.locator('[data-testid=municipal-strip] circle[data-code]').count()).toBe(1741);
		await site.page.fill('[data-testid=strip-search]', '札幌市');
		await site.page.waitForSelector('[data-testid=strip-found]');
		expect(await site.page.textContent('[data-testid=strip-found]')).toBe('札幌市 45.8%');
		expect(site.foreignRequests).toEqual([]);
	});
});
