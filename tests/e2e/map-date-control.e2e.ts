import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { openMap, waitForTitle } from '../support/map-page';

const site = siteForFile(() => openMap());

describe('the date control', () => {
	it('steps back and forward through the releases', async () => {
		expect(await site.page.isDisabled('[data-testid=release-next]')).toBe(true);
		await site.page.click('[data-testid=release-prev]');
		await waitForTitle(site.page, '2022年6月1日');
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('date')).toBe('2022-06-01');
		await site.page.click('[data-testid=release-prev]');
		await waitForTitle(site.page, '2022年5月1日');
		await site.page.click('[data-testid=release-next]');
		await waitForTitle(site.page, '2022年6月1日');
	});

	it('jumps to any of the 40 releases, and compares changes with a chosen earlier one', async () => {
		await site.page.selectOption('[data-testid=release-select]', '2021-01-01');
		await waitForTitle(site.page, '2021年1月1日');
		await site.page.selectOption('[data-testid=measure-select]', 'rate_change');
		await waitForTitle(site.page, '2020年12月1日から');
		await site.page.selectOption('[data-testid=base-select]', '2017-03-08');
		const title = await waitForTitle(site.page, '2017年3月8日から');
		expect(title).toContain('交付率の変化（2021年1月1日、2017年3月8日から）');
		await site.screenshot('date-control-change-since-2017');
	});

	it('plays through the releases and stops', async () => {
		await site.page.selectOption('[data-testid=measure-select]', 'rate');
		await site.page.selectOption('[data-testid=release-select]', '2022-03-01');
		await waitForTitle(site.page, '2022年3月1日');
		await site.page.click('[data-testid=release-play]');
		expect(await site.page.textContent('[data-testid=release-play]')).toBe('停止');
		// 2022-03-01 → 05-01 → 06-01 → 06-30, then it stops by itself.
		await waitForTitle(site.page, '2022年6月30日');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=release-play]')?.textContent === '再生', null, { timeout: 10_000 });
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe('42.1%');
		expect(site.foreignRequests).toEqual([]);
	});
});
