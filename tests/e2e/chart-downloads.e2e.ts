import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { DESKTOP, horizontalOverflow, openPage, PHONE, textsSmallerThan } from '../support/page-checks';
import { PNG_SCALE } from '../../src/lib/chart/export-svg';
import { ja } from '../../src/lib/messages/ja';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.setViewportSize(DESKTOP);
});
afterAll(() => site?.close());

/** Every chart with a download: page, the download group's slug, the chart it exports, and whether it is a map. */
const CHARTS = [
	{ path: '/', slug: 'map-rate', chart: 'section[aria-labelledby="map-title"] .map-frame svg', map: true },
	{ path: '/ranking/', slug: 'ranking-bars', chart: '[data-testid="ranking-bars"]', map: false },
	{ path: '/ranking/', slug: 'japan-map', chart: '[data-testid="japan-map"]', map: true },
	{ path: '/ranking/', slug: 'rank-history', chart: '[data-testid="rank-bump"]', map: false },
	{ path: '/ranking/', slug: 'gap-national', chart: '[data-testid="gap-chart"]', map: false },
	{ path: '/ranking/', slug: 'municipal-distribution', chart: '[data-testid="municipal-strip"]', map: false },
	{ path: '/summary/', slug: 'summary-trend', chart: '[data-testid="summary-trend"]', map: false },
	{ path: '/summary/', slug: 'summary-rank', chart: '[data-testid="summary-rank-history"]', map: false },
	{ path: '/m/011002/', slug: 'history-011002', chart: '[data-testid="history-chart"] svg', map: false },
	{ path: '/plan/', slug: 'plan-map', chart: 'section[aria-labelledby="map-title"] svg', map: true }
] as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function open(page: Page, path: string): Promise<void> {
	await openPage(page, site.origin, path);
	await page.waitForSelector('html[data-hydrated=true]');
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer; path: string }> {
	const [event] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	const path = (await event.path())!;
	return { name: event.suggestedFilename(), bytes: readFileSync(path), path };
}

async function chartBox(page: Page, selector: string) {
	return page.$eval(selector, (svg) => {
		const box = svg.getBoundingClientRect();
		return { width: Math.round(box.width), height: Math.round(box.height) };
	});
}

describe('every chart downloads for a slide', () => {
	for (const { path, slug, chart, map } of CHARTS) {
		it(`${path} ${slug}: SVG with title, release date and credit; PNG at 2× with the caption bands`, async () => {
			await open(site.page, path);
			const group = `[data-testid=chart-download][data-slug="${slug}"]`;
			const title = (await site.page.getAttribute(group, 'aria-label'))!.replace(/^「(.*)」の図を保存$/, '$1');
			const box = await chartBox(site.page, chart);

			const svg = await download(site.page, `${group} [data-testid=chart-download-svg]`);
			expect(svg.name).toMatch(new RegExp(`^kofuritsu-${slug}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
			const text = svg.bytes.toString('utf8');
			const [, width, height] = /^<\?xml[^>]*>\s*<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text)!.map(Number);
			expect(text).toContain(`<title>${title.replaceAll('&', '&amp;')}</title>`);
			expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日（(令和|平成)[元\d]+年\d{1,2}月\d{1,2}日）公表/);
			// Credit lines may wrap on a narrow chart: read the document's text as one string.
			const words = text.replace(/<[^>]+>/g, '');
			expect(words).toContain(ja.chartCreditStatistics);
			expect(words.includes(ja.chartCreditMap)).toBe(map);
			expect(text).toContain('"Noto Sans CJK JP"');
			expect((text.match(/https?:\/\/[^"]*/g) ?? []).filter((u) => !u.startsWith('http://www.w3.org/'))).toEqual([]);
			// The chart is nested at its on-screen size under a title band (≥ 58 px) and above the credits.
			expect(width).toBe(box.width);
			expect(text).toMatch(new RegExp(`<svg [^>]*x="0" y="(\\d+)" width="${box.width}" height="${box.height}" overflow="hidden">`));
			expect(height - box.height).toBeGreaterThanOrEqual(58 + 33);

			const png = await download(site.page, `${group} [data-testid=chart-download-png]`);
			expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
			expect(pngSize(png.bytes)).toEqual({ width: width * PNG_SCALE, height: height * PNG_SCALE });
			copyFileSync(png.path, join(SCREENSHOT_DIR, `download-${slug}.png`));
		});
	}

	it('hides the download buttons in print', async () => {
		await open(site.page, '/ranking/');
		await site.page.emulateMedia({ media: 'print' });
		expect(await site.page.locator('[data-testid=chart-download]').first().isVisible()).toBe(false);
		await site.page.emulateMedia({ media: 'screen' });
	});

	it('keeps the phone rules with the buttons: no sideways scroll, text ≥ 11 px', async () => {
		await site.page.setViewportSize(PHONE);
		for (const path of ['/', '/ranking/', '/summary/', '/m/011002/', '/plan/']) {
			await open(site.page, path);
			const small = (await textsSmallerThan(site.page, 11)).filter((t) => /PNG|SVG|図を保存|Excel/.test(t.text ?? ''));
			expect({ path, overflow: await horizontalOverflow(site.page), small }).toEqual({ path, overflow: 0, small: [] });
		}
		await open(site.page, '/ranking/');
		await site.page.locator('[data-slug=ranking-bars]').scrollIntoViewIfNeeded();
		await site.page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-chart-download-ranking.png') });
		const png = await download(site.page, '[data-slug=ranking-bars] [data-testid=chart-download-png]');
		copyFileSync(png.path, join(SCREENSHOT_DIR, 'download-phone-ranking-bars.png'));
		await site.page.setViewportSize(DESKTOP);
		expect(site.foreignRequests).toEqual([]);
		expect(site.cspViolations).toEqual([]);
	});
});
