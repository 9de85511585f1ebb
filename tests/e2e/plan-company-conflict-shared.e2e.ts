/**
 * A company of the register changed here and by a colleague in the shared plan file (File System
 * Access API, pickers stubbed with an origin-private file as in plan-shared-file.e2e.ts): both
 * versions are shown side by side, the file keeps the colleague's version until the user chooses,
 * and the choice is written to the file as a version newer than both. Invented companies only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { readOpfsFile, stubFilePickers, writeOpfsFile } from '../support/opfs-file';
import { municipalityCodes, planReady } from '../../tools/support/plan-fixture';
import { revOf, successor } from '../../src/lib/plan/revision';
import type { Company } from '../../src/lib/plan/companies';

const FILE = 'shared-companies.json';
const T = '2022-07-05T00:00:00.000Z';
let site: SiteSession;
let codes: string[];
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	await stubFilePickers(site.context, FILE);
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.setViewportSize({ width: 1440, height: 900 });
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
	codes = await municipalityCodes(site.page);
});
afterAll(() => site?.close());

const planFile = (companies: Company[]) => JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget: null, events: [], deleted: [], companies, deletedCompanies: [], bureau: '石狩振興局', savedBy: '同僚' });
const companyRow = (page: Page, id: string) => page.locator(`[data-testid=company-list] tbody tr[data-id="${id}"]`);
const status = (page: Page) => page.textContent('[data-testid=shared-status]');

const colleagueWrites = (page: Page, text: string) => writeOpfsFile(page, FILE, text);
async function sharedCompany(page: Page, id: string): Promise<Company | undefined> {
	const file = JSON.parse(await readOpfsFile(page, FILE));
	return (file.companies as Company[]).find((c) => c.id === id);
}

describe('a company changed here and in the shared file', () => {
	let base: Company;
	let theirs: Company;

	it('opens the file and saves a local edit of the company to it', async () => {
		const page = site.page;
		base = { id: 'kaku-2', version: 1, name: '架空乳業 工場', code6: codes[1], employees: 300, contact: '', period: '9月', status: '打診中', deskCode6: '', updatedAt: T, history: [] };
		await colleagueWrites(page, planFile([base]));
		await page.click('[data-testid=shared-open]');
		await expect.poll(() => companyRow(page, 'kaku-2').textContent(), { timeout: 10_000 }).toContain('300人');
		await companyRow(page, 'kaku-2').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=company-employees]', '500');
		await page.click('[data-testid=company-save]');
		await expect.poll(async () => (await sharedCompany(page, 'kaku-2'))?.employees, { timeout: 10_000 }).toBe(500);
	});

	it("waits for a choice, shown side by side, while the file keeps the colleague's version", async () => {
		const page = site.page;
		theirs = successor(base, { ...base, employees: 900, status: '実施決定' }, T);
		await colleagueWrites(page, planFile([theirs]));
		const conflict = page.locator('[data-testid=plan-company-conflict][data-id=kaku-2]');
		await conflict.waitFor({ timeout: 10_000 });
		await expect.poll(() => status(page)).toContain('競合 1件');
		expect(await page.textContent('[data-testid=plan-conflicts]')).toContain('共有ファイル（同僚）');
		const cell = (label: string, side: string) => conflict.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).locator(`[data-side=${side}]`).textContent();
		expect(await cell('従業員', 'local')).toBe('500');
		expect(await cell('従業員', 'incoming')).toBe('900');
		expect(await cell('状況', 'incoming')).toBe('実施決定');
		// Nothing lost: here still 500, the file still the colleague's 900 after several sync rounds.
		expect(await companyRow(page, 'kaku-2').textContent()).toContain('500人');
		await page.waitForTimeout(2500);
		expect(await sharedCompany(page, 'kaku-2')).toMatchObject({ employees: 900, status: '実施決定', version: 2 });
	});

	it("choosing the colleague's version writes it here and to the file, newer than both", async () => {
		const page = site.page;
		await page.click('[data-testid=plan-company-conflict] [data-testid=keep-incoming]');
		await page.waitForSelector('[data-testid=plan-conflicts]', { state: 'detached' });
		await expect.poll(() => companyRow(page, 'kaku-2').textContent()).toContain('900人');
		await expect.poll(async () => (await sharedCompany(page, 'kaku-2'))?.version, { timeout: 10_000 }).toBe(3);
		const written = (await sharedCompany(page, 'kaku-2'))!;
		expect(written).toMatchObject({ employees: 900, status: '実施決定' });
		expect(written.history).toContain(revOf(theirs));
		await expect.poll(() => status(page)).not.toContain('競合');
		expect(pageErrors).toEqual([]);
	});
});
