/**
 * Importing a plan file merges event by event: a newer event from the file is taken, a local edit
 * the file does not know about is kept, and an event changed on both sides waits for the user's
 * choice, shown side by side (on a phone too). A refused file changes nothing. Then 5,000 events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { manyEvents, municipalityCodes } from '../../tools/support/plan-fixture';
import { successor } from '../../src/lib/plan/revision';
import type { PlanEvent } from '../../src/lib/plan/events';

let site: SiteSession;
let codes: string[];
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/plan/`);
	await site.page.waitForSelector('[data-testid=event-new]');
	codes = await municipalityCodes(site.page);
});
afterAll(() => site?.close());

const T = '2022-07-01T00:00:00.000Z';
const planFile = (events: unknown[], budget: number | null = null) => Buffer.from(JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget, events, deleted: [] }));
const row = (page: Page, id: string) => page.locator(`[data-testid=event-list] tbody tr[data-id="${id}"]`);
const rows = (page: Page) => page.locator('[data-testid=event-list] tbody tr');
async function importFile(page: Page, name: string, buffer: Buffer) {
	await page.setInputFiles('[data-testid=plan-import]', { name, mimeType: 'application/json', buffer });
	await page.waitForFunction((name) => document.querySelector('[data-testid=plan-message]')?.textContent?.startsWith(name), name);
	return (await page.textContent('[data-testid=plan-message]'))!;
}
async function editExpected(page: Page, id: string, value: string) {
	await row(page, id).locator('button', { hasText: '編集' }).click();
	await page.fill('[data-testid=event-expected]', value);
	await page.click('[data-testid=event-save]');
	await page.waitForSelector('[data-testid=event-editor]', { state: 'detached' });
	await expect.poll(() => row(page, id).textContent()).toContain(value);
}

describe('importing a plan file', () => {
	let base: PlanEvent[];

	it('starts from a colleague\'s file and edits two events here', async () => {
		base = manyEvents(3, codes).map((e, i) => ({ ...e, id: ['newer', 'both', 'mine'][i], history: [] }) as PlanEvent);
		expect(await importFile(site.page, 'base.json', planFile(base, 300_000))).toContain('追加 3 件');
		await editExpected(site.page, 'both', '777');
		await editExpected(site.page, 'mine', '555');
	});

	it('takes the newer event, keeps the local edit, and asks about the event changed on both sides', async () => {
		const page = site.page;
		await page.setViewportSize({ width: 390, height: 844 });
		const [newer, both, mine] = base;
		const incoming = [successor(newer, { ...newer, expected: 321, contact: 'ファイルで更新' }, T), successor(both, { ...both, expected: 888, status: '確定' }, T), mine];
		const message = await importFile(page, 'colleague.json', planFile(incoming, 300_000));
		expect(message).toContain('更新 1 件');
		expect(message).toContain('この端末の方が新しい 1 件');
		expect(message).toContain('両方で変更された 1 件');
		// The conflict, both sides shown; the plan still holds the local side.
		const conflict = page.locator('[data-testid=plan-conflict]');
		expect(await conflict.count()).toBe(1);
		expect(await conflict.getAttribute('data-id')).toBe('both');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=local]').textContent()).toBe('777');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=incoming]').textContent()).toBe('888');
		expect(await conflict.locator('tr', { hasText: '状況' }).locator('[data-side=incoming]').textContent()).toBe('確定');
		expect(await row(page, 'both').textContent()).toContain('777');
		expect(await row(page, 'newer').textContent()).toContain('321');
		expect(await row(page, 'mine').textContent()).toContain('555');
		// Phone: no sideways scroll, buttons a thumb can hit.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		for (const box of await Promise.all((await conflict.locator('button').all()).map((b) => b.boundingBox()))) expect(box!.height).toBeGreaterThanOrEqual(44);
		await conflict.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/screenshots/plan-conflict-390.png' });
		await page.setViewportSize({ width: 1440, height: 900 });
		await conflict.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/screenshots/plan-conflict-1440.png' });
	});

	it('writes only the chosen side, and loses nothing else', async () => {
		const page = site.page;
		await page.click('[data-testid=plan-conflict] [data-testid=keep-incoming]');
		await page.waitForSelector('[data-testid=plan-conflicts]', { state: 'detached' });
		await expect.poll(() => row(page, 'both').textContent()).toContain('888');
		expect(await row(page, 'both').textContent()).toContain('確定');
		expect(await row(page, 'newer').textContent()).toContain('321');
		expect(await row(page, 'mine').textContent()).toContain('555');
		expect(await rows(page).count()).toBe(3);
		// After a reload too, and importing the same file again asks nothing.
		await page.reload();
		await expect.poll(() => rows(page).count()).toBe(3);
		expect(await row(page, 'both').textContent()).toContain('888');
		const [newer, both, mine] = base;
		const again = await importFile(page, 'colleague.json', planFile([successor(newer, { ...newer, expected: 321, contact: 'ファイルで更新' }, T), successor(both, { ...both, expected: 888, status: '確定' }, T), mine], 300_000));
		expect(again).not.toContain('両方で変更された');
		expect(await page.locator('[data-testid=plan-conflict]').count()).toBe(0);
	});

	it('refuses a file with a version of 2^53, naming the event and the field, and changes nothing', async () => {
		const page = site.page;
		const before = await rows(page).allTextContents();
		const message = await importFile(page, 'huge.json', planFile([{ ...base[0], version: 2 ** 53 }]));
		expect(message).toContain('huge.json: 行事 1件目（id「newer」）の version（版）');
		expect(await page.getAttribute('[data-testid=plan-message]', 'role')).toBe('alert');
		expect(await rows(page).allTextContents()).toEqual(before);
	});

	it('refuses a negative budget typed on the page, and keeps the budget', async () => {
		const page = site.page;
		const before = await page.textContent('[data-testid=budget-total]');
		await page.fill('[data-testid=budget-input]', '-500');
		await page.locator('[data-testid=budget-input]').dispatchEvent('change');
		await page.waitForFunction(() => document.querySelector('[data-testid=plan-message][role=alert]')?.textContent?.startsWith('予算は'));
		expect(await page.textContent('[data-testid=plan-message]')).toBe('予算は 0以上 1兆円以下の整数（円）で入力してください。変えていません');
		expect(await page.textContent('[data-testid=budget-total]')).toBe(before);
		expect(before).toContain('予算 300,000円 に対して');
		expect(before).not.toContain('∞');
	});

	it('imports 5,000 events and still answers a filter change', async () => {
		const page = site.page;
		const bulk = planFile(manyEvents(5000, codes));
		const start = Date.now();
		await page.setInputFiles('[data-testid=plan-import]', { name: 'bulk.json', mimeType: 'application/json', buffer: bulk });
		await page.waitForFunction(() => document.querySelector('#events-title')?.textContent?.includes('5003件'), null, { timeout: 60_000 });
		const importMs = Date.now() - start;
		const bureaus = await page.$$eval('[data-testid=plan-bureau] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		const filterMs: number[] = [];
		for (const value of [bureaus[0], '', bureaus[3], '']) {
			filterMs.push(
				await page.evaluate(
					(value) =>
						new Promise<number>((resolve) => {
							const select = document.querySelector('[data-testid=plan-bureau]') as HTMLSelectElement;
							const started = performance.now();
							select.value = value;
							select.dispatchEvent(new Event('change', { bubbles: true }));
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
						}),
					value
				)
			);
		}
		console.log(`5,000 events: import + render ${importMs} ms; filter change to first frame ${filterMs.map((ms) => Math.round(ms)).join(' / ')} ms`);
		expect(await page.textContent('#events-title')).toContain('5003件');
		// Only a page of rows is in the document, and the rest is a button away.
		expect(await rows(page).count()).toBe(100);
		await page.click('[data-testid=event-list-more]');
		expect(await rows(page).count()).toBe(200);
		expect(site.foreignRequests).toEqual([]);
	});
});
