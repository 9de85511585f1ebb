/**
 * The rest of the planner page: the chosen bureau is remembered (the URL still wins), a bureau's
 * plan prints on at most two A4 pages without form controls, and when another tab saves the event
 * being edited, what the user typed is kept and both versions are shown to choose from — with no
 * uncaught error in either tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';

const BUREAU = '十勝総合振興局';
const T = '2022-07-01T00:00:00.000Z';
let site: SiteSession;
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	site.context.on('page', (p) => p.on('pageerror', (error) => pageErrors.push(error.message)));
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
});
afterAll(() => site?.close());

const rows = (page: Page) => page.locator('[data-testid=event-list] tbody tr');
const bureauShown = (page: Page) => page.$eval('[data-testid=plan-bureau]', (s) => (s as HTMLSelectElement).value);

/** 16 invented events in the bureau's towns and 8 elsewhere, imported as a plan file. */
async function seed(page: Page) {
	await page.click('[data-testid=event-new]');
	const options = await page.$$eval('[data-testid=event-municipality] option', (os) => os.map((o) => ({ code6: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
	await page.click('[data-testid=event-editor] button[type=button]');
	const inBureau = options.filter((o) => o.text.includes(BUREAU)).map((o) => o.code6);
	const elsewhere = options.filter((o) => !o.text.includes(BUREAU)).map((o) => o.code6);
	const event = (i: number, code6: string) => ({
		id: `p-${i}`, version: 1, kind: i % 2 ? 'offsite' : 'corporate', code6, date: `2022-0${7 + (i % 3)}-${String(3 + (i % 20)).padStart(2, "0")}`, time: '13:30', status: i % 3 ? '確定' : '調整中',
		contact: '担当 架空 0155-00-0000', expected: 40 + i, actual: null, company: i % 2 ? '' : `架空食品株式会社 第${i}工場`, site: i % 2 ? '' : '本社会議室', venue: i % 2 ? `架空ホール${i}` : '', product: i % 2 ? '架空の地場産品' : '',
		unitCost: i % 2 ? 400 : 0, quantity: i % 2 ? 150 : 0, subsidyShare: 0.5, title: '', updatedAt: T, history: []
	});
	const events = [...Array.from({ length: 16 }, (_, i) => event(i, inBureau[i % inBureau.length])), ...Array.from({ length: 8 }, (_, i) => event(100 + i, elsewhere[i * 5]))];
	const buffer = Buffer.from(JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget: 500_000, events, deleted: [] }));
	await page.setInputFiles('[data-testid=plan-import]', { name: 'seed.json', mimeType: 'application/json', buffer });
	await page.waitForFunction(() => document.querySelector('[data-testid=plan-message]')?.textContent?.startsWith('seed.json'));
}

describe('the planner page', () => {
	it('remembers the chosen bureau across visits, and a link\'s ?bureau= wins', async () => {
		const page = site.page;
		await seed(page);
		await page.selectOption('[data-testid=plan-bureau]', BUREAU);
		await expect.poll(() => new URL(page.url()).searchParams.get('bureau')).toBe(BUREAU);
		await page.goto(`${site.origin}/plan/`);
		await planReady(page);
		await expect.poll(() => bureauShown(page)).toBe(BUREAU);
		expect(await page.textContent('#events-title')).toBe('行事（16件）');
		await page.goto(`${site.origin}/plan/?bureau=${encodeURIComponent('石狩振興局')}`);
		await planReady(page);
		await expect.poll(() => bureauShown(page)).toBe('石狩振興局');
		await page.selectOption('[data-testid=plan-bureau]', BUREAU);
		await expect.poll(() => new URL(page.url()).searchParams.get('bureau')).toBe(BUREAU);
	});

	it('prints the bureau\'s plan on at most two A4 pages, without form controls', async () => {
		const page = site.page;
		await page.emulateMedia({ media: 'print' });
		const controls = await page.$$eval('main input, main select, main button, main textarea', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
		expect(controls).toBe(0);
		expect(await page.textContent('[data-testid=plan-print-bureau]')).toContain(BUREAU);
		await page.setViewportSize({ width: 718, height: 1000 });
		await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-print-preview.png'), fullPage: true });
		await page.setViewportSize({ width: 1280, height: 900 });
		const pdf = await page.pdf({ format: 'A4' });
		writeFileSync(join(SCREENSHOT_DIR, 'plan-bureau.pdf'), pdf);
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		console.log(`plan print (${BUREAU}, 16 events): ${pages.length} A4 page(s)`);
		expect(pages.length).toBeGreaterThanOrEqual(1);
		expect(pages.length).toBeLessThanOrEqual(2);
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 1440, height: 900 });
		await site.screenshot('plan-bureau-1440');
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-bureau-390-top.png') });
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('keeps what is being typed when another tab saves the same event, and shows both to choose', async () => {
		const page = site.page;
		const other = await site.context.newPage();
		await other.goto(`${site.origin}/plan/`);
		await planReady(other);
		const id = 'p-2';
		const rowOf = (p: Page) => p.locator(`[data-testid=event-list] tbody tr[data-id="${id}"]`);
		await rowOf(page).locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=event-expected]', '999');
		await page.fill('[data-testid=event-editor] textarea', '入力中のメモ（まだ保存していない）');
		// The other tab saves a change to the same event first.
		await rowOf(other).locator('button', { hasText: '編集' }).click();
		await other.fill('[data-testid=event-expected]', '250');
		await other.click('[data-testid=event-save]');
		await expect.poll(() => rowOf(page).textContent(), { timeout: 30_000 }).toContain('250');
		// The typing is still in the editor, and saving shows both versions instead of dropping it.
		expect(await page.inputValue('[data-testid=event-expected]')).toBe('999');
		await page.click('[data-testid=event-save]');
		await page.waitForSelector('[data-testid=tab-conflict]');
		const conflict = page.locator('[data-testid=tab-conflict] [data-testid=plan-conflict]');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=local]').textContent()).toBe('250');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=incoming]').textContent()).toBe('999');
		expect(await conflict.locator('tr', { hasText: '連絡メモ' }).locator('[data-side=incoming]').textContent()).toBe('入力中のメモ（まだ保存していない）');
		expect(await page.inputValue('[data-testid=event-expected]')).toBe('999');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator('[data-testid=tab-conflict]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-tab-conflict-390.png') });
		await page.setViewportSize({ width: 1280, height: 900 });
		// Keep the typing: saved as a version newer than the other tab's, which the other tab then shows.
		await conflict.locator('[data-testid=keep-incoming]').click();
		await page.waitForSelector('[data-testid=tab-conflict]', { state: 'detached' });
		await page.waitForSelector('[data-testid=event-editor]', { state: 'detached' });
		await expect.poll(() => rowOf(page).textContent(), { timeout: 30_000 }).toContain('999');
		await expect.poll(() => rowOf(other).textContent(), { timeout: 30_000 }).toContain('999');
		await other.close();
		expect(pageErrors).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	});
});
