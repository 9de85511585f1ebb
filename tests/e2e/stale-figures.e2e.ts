/**
 * Never a figure under the wrong label: while a page waits for another release's figures, what it
 * still shows is marked as updating; a deep link hides the prerendered (latest) figures until the
 * page has its own. The waits are made long on purpose by holding the site's own responses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { siteForFile } from '../support/site';

const site = siteForFile();
afterEach(() => site.page.unrouteAll({ behavior: 'ignoreErrors' }));

/** Holds matching responses until `release()` is called. */
async function hold(pattern: string) {
	const held: Route[] = [];
	let open = false;
	await site.page.route(pattern, (route) => (open ? route.continue() : held.push(route)));
	return {
		count: () => held.length,
		async release() {
			open = true;
			await site.page.unroute(pattern);
			// A request the page gave up on (a newer one replaced it) is already settled.
			for (const route of held.splice(0)) await route.continue().catch(() => {});
		}
	};
}

describe('stale figures are never shown as current', () => {
	it('a deep link shows a placeholder, not the latest release, until the page is hydrated', async () => {
		const scripts = await hold('**/_app/immutable/**/*.js');
		// Module scripts hold DOMContentLoaded back, so wait for the first paint's content instead.
		await site.page.goto(`${site.origin}/?date=2019-04-01&unit=bureau`, { waitUntil: 'commit' });
		await site.page.waitForSelector('[data-testid=pref-rate]', { state: 'attached' });
		expect(await site.page.evaluate(() => document.documentElement.classList.contains('deeplink-pending'))).toBe(true);
		expect(await site.page.isVisible('.deeplink-note')).toBe(true);
		// The prerendered figures (2022-06-30) are in the page but not visible.
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('42.1%');
		expect(await site.page.isVisible('[data-testid=pref-rate]')).toBe(false);
		expect(await site.page.isVisible('[data-testid=choropleth]')).toBe(false);
		await site.screenshot('deeplink-placeholder');
		await scripts.release();
		await site.page.waitForFunction(() => document.querySelector('[data-testid=release-date]')?.textContent?.includes('2019年4月1日'));
		expect(await site.page.isVisible('.deeplink-note')).toBe(false);
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('10.8%');
		expect(await site.page.textContent('[data-testid=map-title]')).toContain('振興局別 交付率（2019年4月1日）');
	});

	it('a release change marks the headline, the map and the table as updating until they arrive', async () => {
		// Every release's views are normally in memory once DuckDB is ready (a jump then recolours at
		// once); held here, with the single views, the page has to wait for the release it was asked for.
		const allViews = await hold('**/views/map-all.json');
		await site.page.goto(`${site.origin}/`);
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		const views = await hold('**/views/map/**');
		await site.page.selectOption('[data-testid=release-select]', '2018-03-01');
		await site.page.waitForSelector('[data-testid=headline-updating]');
		expect(await site.page.textContent('[data-testid=headline-updating]')).toContain('2018年3月1日のデータに更新中');
		expect(await site.page.getAttribute('section.map', 'aria-busy')).toBe('true');
		expect(await site.page.getAttribute('aside.side', 'aria-busy')).toBe('true');
		expect(await site.page.textContent('[data-testid=map-updating]')).toContain('2018年3月1日');
		// The figures still shown carry their own date, not the chosen one.
		expect(await site.page.textContent('[data-testid=map-title]')).toContain('2022年6月30日');
		expect(views.count()).toBeGreaterThan(0);
		await site.screenshot('release-change-updating');
		await views.release();
		await allViews.release();
		await site.page.waitForSelector('[data-testid=headline-updating]', { state: 'detached' });
		expect(await site.page.textContent('[data-testid=map-title]')).toContain('2018年3月1日');
		expect(await site.page.getAttribute('section.map', 'aria-busy')).toBe('false');
		await site.page.waitForFunction(() => document.querySelector('aside.side')?.getAttribute('aria-busy') === 'false');
	});

	it('全国比較 marks the municipal distribution as updating after a release change', async () => {
		await site.page.goto(`${site.origin}/ranking/`);
		// Before hydration a select changes nothing: wait until the page answers its controls.
		await site.page.waitForSelector('html[data-hydrated]');
		const views = await hold('**/views/municipalities/**');
		await site.page.selectOption('[data-testid=ranking-release]', '2020-09-01');
		await site.page.waitForSelector('[data-testid=strip-updating]');
		expect(await site.page.textContent('[data-testid=strip-updating]')).toContain('2020年9月1日');
		expect(await site.page.textContent('#strip-title')).toContain('2022年6月30日');
		await views.release();
		await site.page.waitForSelector('[data-testid=strip-updating]', { state: 'detached' });
		expect(await site.page.textContent('#strip-title')).toContain('2020年9月1日');
	});
});
