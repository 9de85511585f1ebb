import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';

const site = siteForFile();

describe('a page that does not exist', () => {
	it('answers 404 with a Japanese page that needs nothing else from the server (so it works in any sub-folder)', async () => {
		const requests: string[] = [];
		site.page.on('request', (r) => requests.push(r.url()));
		const response = await site.page.goto(`${site.origin}/kofuritsu/m/999999/`);
		expect(response?.status()).toBe(404);
		expect(await site.page.textContent('h1')).toBe('ページが見つかりません');
		expect(await site.page.getAttribute('html', 'lang')).toBe('ja');
		expect(await site.page.textContent('body')).not.toMatch(/Not Found/i);
		// Only the page itself: no script, style sheet or image whose path would break under a base path.
		expect(requests).toEqual([`${site.origin}/kofuritsu/m/999999/`]);
		for (const [width, height] of [[390, 844], [1440, 900]]) {
			await site.page.setViewportSize({ width, height });
			expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
			await site.screenshot(`not-found-${width}`);
		}
	});
});
