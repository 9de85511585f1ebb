/**
 * Two bureaus save their plans on their own devices; headquarters loads both files — saved under the
 * same name in two folders — in one pick and one by one, sees every event and each bureau's 予算比
 * exactly as the bureau's own page shows it, and keeps the set across a reload. Invented events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';

let bureauA: SiteSession;
let bureauB: SiteSession;
const pageErrors: string[] = [];
const folder = mkdtempSync(join(tmpdir(), 'kofuritsu-hq-'));
const saved: { bureau: string; path: string; ratio: string; venue: string }[] = [];
const WAIT = { timeout: 30_000 };

beforeAll(async () => {
	[bureauA, bureauB] = await Promise.all([openSite(), openSite()]);
	for (const s of [bureauA, bureauB]) s.page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterAll(async () => {
	await bureauA?.close();
	await bureauB?.close();
	rmSync(folder, { recursive: true, force: true });
});

/** A bureau plans one off-site desk, sets its budget, reads its 予算比 and saves the plan file into its own folder as `kofuritsu-plan.json`. */
async function planAndSave(page: Page, origin: string, bureauIndex: number, unitCost: number, budget: number, venue: string) {
	await page.goto(`${origin}/plan/`);
	await planReady(page);
	const bureau = await page.$eval('[data-testid=plan-bureau]', (s, i) => (s as HTMLSelectElement).options[i].value, bureauIndex);
	await page.selectOption('[data-testid=plan-bureau]', bureau);
	await page.click('[data-testid=event-new]');
	await page.selectOption('[data-testid=event-kind]', 'offsite');
	await page.fill('[data-testid=event-venue]', venue);
	await page.fill('[data-testid=event-unit-cost]', String(unitCost));
	await page.fill('[data-testid=event-quantity]', '100');
	await page.fill('[data-testid=event-expected]', '40');
	await page.click('[data-testid=event-save]');
	await expect.poll(() => page.locator('[data-testid=event-list] tbody tr').filter({ hasText: venue }).count(), WAIT).toBe(1);
	await page.fill('[data-testid=budget-input]', String(budget));
	await page.locator('[data-testid=budget-input]').dispatchEvent('change');
	const ratioCell = `[data-testid=budget-bureaus] tr[data-key="${bureau}"] [data-testid=budget-ratio]`;
	await expect.poll(() => page.textContent(ratioCell), WAIT).toMatch(/^\d+%$/);
	const ratio = (await page.textContent(ratioCell))!;
	const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=plan-export]')]);
	expect(download.suggestedFilename()).toMatch(new RegExp(`^計画_${bureau}_\\d{4}-\\d{2}-\\d{2}\\.json$`));
	// Both bureaus' files end up with one name, each in its own folder (an older download or a colleague's rename).
	const dir = join(folder, `bureau-${bureauIndex}`);
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'kofuritsu-plan.json');
	copyFileSync((await download.path())!, path);
	const file = JSON.parse(readFileSync(path, 'utf8'));
	expect(file).toMatchObject({ bureau, budget });
	expect(typeof file.savedAt).toBe('string');
	saved.push({ bureau, path, ratio, venue });
}

const hqRatio = (page: Page, bureau: string) => page.textContent(`[data-testid=budget-bureaus] tbody tr[data-key="${bureau}"] [data-testid=budget-ratio]`);

describe('headquarters with two bureaus\' files of one name', () => {
	it('each bureau saves a file that names its bureau', async () => {
		// 500 円 × 100 = 50,000 円 against 40,000 円 (125 %); 800 円 × 100 = 80,000 円 against 320,000 円 (25 %).
		await planAndSave(bureauA.page, bureauA.origin, 1, 500, 40_000, '架空の道の駅A');
		await planAndSave(bureauB.page, bureauB.origin, 2, 800, 320_000, '架空の道の駅B');
		expect(saved.map((s) => s.ratio)).toEqual(['125%', '25%']);
	});

	it('loads both in one pick: every event, and each bureau\'s 予算比 as on its own page', async () => {
		const page = bureauA.page;
		await page.goto(`${bureauA.origin}/plan/hq/`);
		await page.waitForSelector('[data-testid=hq-files]');
		await page.setInputFiles('[data-testid=hq-files]', saved.map((s) => s.path));
		await expect.poll(() => page.textContent('[data-testid=hq-summary]'), WAIT).toBe('2 個のファイル、行事 2 件');
		for (const s of saved) {
			expect(await page.textContent('[data-testid=hq-event-list]')).toContain(s.venue);
			expect(await hqRatio(page, s.bureau)).toBe(s.ratio);
		}
		// The labelled total: total cost over total budget, 130,000 ÷ 360,000.
		expect(await page.textContent('[data-testid=budget-total-row]')).toContain('合計（総費用÷予算の合計）');
		expect(await page.textContent('[data-testid=budget-total-row] [data-testid=budget-ratio]')).toBe('36%');
	});

	it('keeps the set across a reload', async () => {
		const page = bureauA.page;
		await page.reload();
		await expect.poll(() => page.textContent('[data-testid=hq-summary]').catch(() => null), WAIT).toBe('2 個のファイル、行事 2 件');
		expect(await hqRatio(page, saved[1].bureau)).toBe(saved[1].ratio);
	});

	it('loads them one by one as two files, and asks before a second file of one bureau', async () => {
		const page = bureauA.page;
		await page.click('button:has-text("すべて外す")');
		await page.waitForSelector('[data-testid=hq-summary]', { state: 'detached' });
		await page.setInputFiles('[data-testid=hq-files]', [saved[0].path]);
		await expect.poll(() => page.textContent('[data-testid=hq-summary]'), WAIT).toBe('1 個のファイル、行事 1 件');
		await page.setInputFiles('[data-testid=hq-files]', [saved[1].path]);
		await expect.poll(() => page.textContent('[data-testid=hq-summary]'), WAIT).toBe('2 個のファイル、行事 2 件');
		expect(await page.$$eval('[data-testid=hq-file]', (li) => li.map((l) => l.getAttribute('data-bureau')))).toEqual(saved.map((s) => s.bureau));
		// The same file again changes nothing; another plan of a loaded bureau is a choice.
		await page.setInputFiles('[data-testid=hq-files]', [saved[0].path]);
		await page.waitForSelector('[data-testid=hq-notes]');
		const other = JSON.parse(readFileSync(saved[0].path, 'utf8'));
		other.events[0].expected = 99;
		await page.setInputFiles('[data-testid=hq-files]', [{ name: 'kofuritsu-plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) }]);
		await page.waitForSelector(`[data-testid=hq-choice][data-bureau="${saved[0].bureau}"]`);
		await page.click('[data-testid=hq-keep-both]');
		await expect.poll(() => page.$$eval('[data-testid=hq-file]', (li) => li.length), WAIT).toBe(3);
		await page.setViewportSize({ width: 1440, height: 900 });
		await bureauA.screenshot('plan-hq-bureaus-1440');
		expect(pageErrors).toEqual([]);
	});
});
