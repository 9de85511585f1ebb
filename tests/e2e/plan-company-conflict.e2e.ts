/**
 * A company of the register changed here and in a plan file: importing the file shows both
 * versions side by side and keeps this browser's copy until the user chooses; choosing the file's
 * writes it to the register, a reload keeps it, and importing the same file again asks nothing.
 * All companies are invented. No uncaught error on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { municipalityCodes, planReady } from '../../tools/support/plan-fixture';
import { successor } from '../../src/lib/plan/revision';
import type { Company } from '../../src/lib/plan/companies';
import { horizontalOverflow, PHONE, DESKTOP } from '../support/page-checks';

const T = '2022-07-01T00:00:00.000Z';
let site: SiteSession;
let codes: string[];
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.setViewportSize(DESKTOP);
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
	codes = await municipalityCodes(site.page);
});
afterAll(() => site?.close());

const planFile = (companies: Company[]) => Buffer.from(JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget: null, events: [], deleted: [], companies, deletedCompanies: [] }));
const companyRow = (page: Page, id: string) => page.locator(`[data-testid=company-list] tbody tr[data-id="${id}"]`);
async function importFile(page: Page, name: string, buffer: Buffer) {
	await page.setInputFiles('[data-testid=plan-import]', { name, mimeType: 'application/json', buffer });
	await page.waitForFunction((name) => document.querySelector('[data-testid=plan-message]')?.textContent?.startsWith(name), name);
	return (await page.textContent('[data-testid=plan-message]'))!;
}

describe('a company changed on both sides', () => {
	let base: Company;
	let theirs: Company;

	it('starts from a file and edits the company here', async () => {
		const page = site.page;
		base = { id: 'kaku-1', version: 1, name: '架空精機 工場', code6: codes[0], employees: 300, contact: '', period: '8月', status: '打診中', deskCode6: '', updatedAt: T, history: [] };
		await importFile(page, 'base.json', planFile([base]));
		await expect.poll(() => companyRow(page, 'kaku-1').textContent()).toContain('300人');
		await companyRow(page, 'kaku-1').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=company-employees]', '500');
		await page.selectOption('[data-testid=company-status]', '希望あり');
		await page.click('[data-testid=company-save]');
		await page.waitForSelector('[data-testid=company-editor]', { state: 'detached' });
		await expect.poll(() => companyRow(page, 'kaku-1').textContent()).toContain('500人');
	});

	it('shows both versions side by side and keeps the local one until a choice', async () => {
		const page = site.page;
		theirs = successor(base, { ...base, employees: 900, status: '実施決定', contact: '総務課（ファイル）' }, T);
		const message = await importFile(page, 'colleague.json', planFile([theirs]));
		expect(message).toContain('両方で変更された 1 件');
		const conflict = page.locator('[data-testid=plan-company-conflict]');
		expect(await conflict.count()).toBe(1);
		expect(await conflict.getAttribute('data-id')).toBe('kaku-1');
		expect(await conflict.locator('h3').textContent()).toContain('架空精機 工場');
		const cell = (label: string, side: string) => conflict.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).locator(`[data-side=${side}]`).textContent();
		expect(await cell('従業員', 'local')).toBe('500');
		expect(await cell('従業員', 'incoming')).toBe('900');
		expect(await cell('状況', 'local')).toBe('希望あり');
		expect(await cell('状況', 'incoming')).toBe('実施決定');
		expect(await cell('連絡先', 'incoming')).toBe('総務課（ファイル）');
		// Fields both sides agree on are not listed.
		expect(await conflict.locator('tbody th').allTextContents()).toEqual(['従業員', '連絡先', '状況']);
		expect(await page.textContent('[data-testid=plan-conflicts] h2')).toContain('1 件');
		// Until then the register holds this browser's copy.
		expect(await companyRow(page, 'kaku-1').textContent()).toContain('500人');
		await conflict.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/screenshots/plan-company-conflict-1440.png' });
		await page.setViewportSize(PHONE);
		await conflict.scrollIntoViewIfNeeded();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		for (const box of await Promise.all((await conflict.locator('button').all()).map((b) => b.boundingBox()))) expect(box!.height).toBeGreaterThanOrEqual(44);
		await page.screenshot({ path: 'test-results/screenshots/plan-company-conflict-390.png' });
		await page.setViewportSize(DESKTOP);
	});

	it("writes the file's version when chosen; a reload keeps it; the same file again asks nothing", async () => {
		const page = site.page;
		await page.click('[data-testid=plan-company-conflict] [data-testid=keep-incoming]');
		await page.waitForSelector('[data-testid=plan-conflicts]', { state: 'detached' });
		await expect.poll(() => companyRow(page, 'kaku-1').textContent()).toContain('900人');
		expect(await companyRow(page, 'kaku-1').textContent()).toContain('実施決定');
		expect(await companyRow(page, 'kaku-1').textContent()).toContain('総務課（ファイル）');
		await page.reload();
		await planReady(page);
		await expect.poll(() => companyRow(page, 'kaku-1').textContent()).toContain('900人');
		expect(await page.locator('[data-testid=company-list] tbody tr').count()).toBe(1);
		const again = await importFile(page, 'colleague.json', planFile([theirs]));
		expect(again).not.toContain('両方で変更された');
		expect(await page.locator('[data-testid=plan-company-conflict]').count()).toBe(0);
		expect(pageErrors).toEqual([]);
	});

	it('refuses a choice when the company changed here after the import, and keeps that change', async () => {
		const page = site.page;
		const other: Company = { ...base, id: 'kaku-9', name: '架空運輸 営業所', employees: 10 };
		await importFile(page, 'other.json', planFile([other]));
		await expect.poll(() => companyRow(page, 'kaku-9').textContent()).toContain('10人');
		const editEmployees = async (value: string) => {
			await companyRow(page, 'kaku-9').locator('button', { hasText: '編集' }).click();
			await page.fill('[data-testid=company-employees]', value);
			await page.click('[data-testid=company-save]');
			await page.waitForSelector('[data-testid=company-editor]', { state: 'detached' });
			await expect.poll(() => companyRow(page, 'kaku-9').textContent()).toContain(`${value}人`);
		};
		await editEmployees('20');
		expect(await importFile(page, 'other-2.json', planFile([successor(other, { ...other, employees: 30 }, T)]))).toContain('両方で変更された 1 件');
		await page.waitForSelector('[data-testid=plan-company-conflict][data-id=kaku-9]');
		// Changed again here while the choice waits: choosing now would throw that change away.
		await editEmployees('40');
		await page.click('[data-testid=plan-company-conflict] [data-testid=keep-incoming]');
		await page.waitForSelector('[data-testid=plan-message][role=alert]');
		expect(await page.textContent('[data-testid=plan-message]')).toBe('この企業等は読み込みのあとで変更されています。選んだ内容は保存していません。もう一度ファイルを読み込んでください。');
		expect(await companyRow(page, 'kaku-9').textContent()).toContain('40人');
		expect(pageErrors).toEqual([]);
	});
});
