import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/summary/`);
});
afterAll(() => site?.close());

/** A4's printable area with the page's 10 mm margins, in CSS pixels (96 per inch). */
const A4_CONTENT = { width: Math.floor((190 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) };
/** 7 pt in CSS pixels. */
const SEVEN_PT = (7 * 96) / 72;

/**
 * Every visible piece of text with the size it is drawn at: its computed font size, times the
 * scale of the SVG it is in (a chart drawn wider than it is shown shrinks its text).
 */
function renderedTextSizes(page: Page) {
	return page.evaluate(() => {
		const out: { text: string; px: number }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement!;
			if (!n.textContent!.trim() || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
			let px = parseFloat(getComputedStyle(el).fontSize);
			const svg = el.closest('svg');
			const box = svg?.viewBox.baseVal;
			if (svg && box && box.width > 0) px *= svg.getBoundingClientRect().width / box.width;
			out.push({ text: n.textContent!.trim().slice(0, 40), px });
		}
		return out;
	});
}

describe('the executive summary', () => {
	it('answers where we stand, how we got here and where we will be', async () => {
		const headline = await site.page.textContent('[data-testid=summary-headline]');
		expect(headline).toContain('42.1%');
		expect(headline).toContain('36位/47');
		// Prose in 公用文 style: 西暦 with 和暦, counts in 万 with 約.
		expect(await site.page.textContent('[data-testid=summary-sentence]')).toMatch(/^2022年（令和4年）6月30日時点で、北海道の交付率は42\.1%（交付枚数約\d+万枚）、全国47都道府県中36位です。/);
		expect(await site.page.textContent('[data-testid=summary-sentence]')).toMatch(/2022年（令和4年）9月30日に交付率[\d.]+%（90%の幅 [\d.]+%〜[\d.]+%）、\d+位（\d+〜\d+位）の見込みです。/);
		const rows = await site.page.locator('[data-testid=summary-outlook] tbody tr').allTextContents();
		expect(rows.map((r) => /^(9月末|年末|年度末)/.exec(r.trim())?.[1])).toEqual(['9月末', '年末', '年度末']);
		// The fan is drawn (a closed band) and the trend runs over every release.
		expect(await site.page.getAttribute('[data-testid=summary-fan]', 'd')).toMatch(/^M.*Z$/);
		expect(await site.page.textContent('.levers h2')).toBe('全国の率まで上がると北海道の率を最も押し上げる市区町村・振興局');
		// Ranks come with their range; the fan stops half a year ahead and says why.
		expect(await site.page.textContent('[data-testid=summary-outlook] tr[data-deadline="2022-12-31"] [data-testid=outlook-rank]')).toMatch(/^\d+位（\d+〜\d+位）$/);
		expect(await site.page.textContent('[data-testid=summary-fan-note]')).toContain('半年先の2022年（令和4年）12月31日まで');
		await site.screenshot('summary');
	});

	it('prints on one A4 page with no text under 7 pt', async () => {
		await site.page.setViewportSize(A4_CONTENT);
		await site.page.emulateMedia({ media: 'print' });
		// Charts measure their width again in the print layout before anything is read.
		await site.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
		const sizes = await renderedTextSizes(site.page);
		expect(sizes.length).toBeGreaterThan(100);
		const small = sizes.filter((s) => s.px < SEVEN_PT - 1e-6);
		expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
		// Charts' text included: the trend's and the rank history's tick labels are there.
		expect(sizes.some((s) => s.text === '2020')).toBe(true);
		expect(await site.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(A4_CONTENT.height);
		const pdf = await site.page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(join(SCREENSHOT_DIR, 'summary.pdf'), pdf);
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(1);
		await site.screenshot('summary-print');
		expect(site.foreignRequests).toEqual([]);
	});

	it('still prints on one page for another prefecture and an older release', async () => {
		await site.page.emulateMedia({ media: 'screen' });
		await site.page.goto(`${site.origin}/summary/?date=2020-09-01&pref=${encodeURIComponent('沖縄県')}`);
		await site.page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('沖縄県'));
		await site.page.emulateMedia({ media: 'print' });
		await site.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
		expect((await renderedTextSizes(site.page)).filter((s) => s.px < SEVEN_PT - 1e-6)).toEqual([]);
		const pdf = await site.page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
		expect(await site.page.textContent('[data-testid=summary-date]')).toContain('2020年（令和2年）9月1日');
	});

	it('still prints on one page with a campaign scenario beside the projection', async () => {
		await site.page.emulateMedia({ media: 'screen' });
		await site.page.setViewportSize(A4_CONTENT);
		await site.page.goto(`${site.origin}/summary/`);
		// The page is painted (styles inline) before it is hydrated: a click before that changes nothing.
		await site.page.waitForSelector('html[data-hydrated=true]');
		await site.page.check('[data-testid=scenario-enable]');
		await site.page.waitForSelector('[data-testid=summary-scenario]');
		expect(await site.page.locator('[data-testid=summary-outlook] tr[data-scenario-deadline]').count()).toBe(3);
		await site.page.emulateMedia({ media: 'print' });
		await site.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
		expect((await renderedTextSizes(site.page)).filter((s) => s.px < SEVEN_PT - 1e-6)).toEqual([]);
		const pdf = await site.page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
		await site.screenshot('summary-print-scenario');
		await site.page.emulateMedia({ media: 'screen' });
		await site.page.uncheck('[data-testid=scenario-enable]');
	});

	it('reads on a phone', async () => {
		await site.page.emulateMedia({ media: 'screen' });
		await site.page.setViewportSize({ width: 390, height: 844 });
		await site.page.goto(`${site.origin}/summary/`);
		await site.page.waitForSelector('html[data-hydrated=true]');
		// The charts are prerendered at a desktop width and re-drawn at their measured width once hydrated.
		await site.page.waitForFunction(() => [...document.querySelectorAll('main svg[viewBox]')].every((svg) => Math.abs(Number(svg.getAttribute('viewBox')!.split(' ')[2]) - svg.getBoundingClientRect().width) < 2));
		const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const small = (await renderedTextSizes(site.page)).filter((s) => s.px < 11 - 1e-6);
		expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
		await site.screenshot('summary-phone');
	});

	it('has visible controls for prefecture and release, and levers for any prefecture', async () => {
		await site.page.setViewportSize({ width: 1440, height: 900 });
		await site.page.goto(`${site.origin}/summary/?pref=長野県&date=2099-01-01`);
		await site.page.waitForSelector('html[data-hydrated=true]');
		await site.page.waitForSelector('[data-testid=summary-ignored]');
		expect(await site.page.textContent('[data-testid=summary-ignored]')).toContain('date=2099-01-01');
		expect(new URL(site.page.url()).searchParams.get('date')).toBeNull();
		expect(new URL(site.page.url()).searchParams.get('pref')).toBe('長野県');
		expect(await site.page.textContent('h1')).toContain('長野県');
		expect(await site.page.textContent('.levers h2')).toBe('全国の率まで上がると長野県の率を最も押し上げる市区町村');
		const names = await site.page.locator('.levers tbody th').allTextContents();
		expect(names).toHaveLength(5);
		expect(names).toContain('長野市');
		await site.page.selectOption('[data-testid=summary-pref]', '宮崎県');
		await site.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('宮崎県'));
		expect(new URL(site.page.url()).searchParams.get('pref')).toBe('宮崎県');
		await site.page.selectOption('[data-testid=summary-release]', '2021-06-01');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=summary-date]')?.textContent?.includes('2021年（令和3年）6月1日'));
		expect(new URL(site.page.url()).searchParams.get('date')).toBe('2021-06-01');
		await site.page.waitForFunction(() => !document.querySelector('.levers[aria-busy=true]'));
		expect(await site.page.textContent('.levers h2')).toContain('宮崎県');
		expect(site.foreignRequests).toEqual([]);
	});
});
