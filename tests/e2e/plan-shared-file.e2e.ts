/**
 * A plan kept in a shared file through the File System Access API. The pickers are stubbed with a
 * file in the origin-private file system (a real FileSystemFileHandle, read and written by the
 * page), and the colleague is the test writing the same file. Checks: opening merges the file,
 * local changes are saved to it, a colleague's change comes in by itself, an event both changed
 * waits for a choice while the file keeps the colleague's version, and the file is offered again
 * after a reload. No uncaught error on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { readOpfsFile, stubFilePickers, writeOpfsFile } from '../support/opfs-file';
import { manyEvents, municipalityCodes, planReady } from '../../tools/support/plan-fixture';
import { successor } from '../../src/lib/plan/revision';
import type { PlanEvent } from '../../src/lib/plan/events';

const FILE = 'shared-plan.json';
const T = '2022-07-05T00:00:00.000Z';
let site: SiteSession;
let codes: string[];
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	// The pickers hand out one file of the origin-private file system, as a person picking it would.
	await stubFilePickers(site.context, FILE, 'saved-as.json');
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
	codes = await municipalityCodes(site.page);
});
afterAll(() => site?.close());

const planFile = (events: unknown[]) => JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget: null, events, deleted: [], bureau: '石狩振興局', savedBy: '同僚' });
const row = (page: Page, id: string) => page.locator(`[data-testid=event-list] tbody tr[data-id="${id}"]`);
const status = (page: Page) => page.textContent('[data-testid=shared-status]');

/** The colleague: writes the shared file directly. */
const colleagueWrites = (page: Page, text: string) => writeOpfsFile(page, FILE, text);
async function readShared(page: Page): Promise<{ events: PlanEvent[]; savedAt?: string }> {
	return JSON.parse(await readOpfsFile(page, FILE));
}

describe('a plan shared through a file', () => {
	let base: PlanEvent[];

	it('opens the colleague\'s file, merges it, and says where it saves', async () => {
		const page = site.page;
		base = manyEvents(2, codes).map((e, i) => ({ ...e, id: ['k1', 'k2'][i], history: [] }) as PlanEvent);
		await colleagueWrites(page, planFile(base));
		expect(await page.isVisible('[data-testid=shared-unsupported]')).toBe(false);
		await page.click('[data-testid=shared-open]');
		await expect.poll(() => status(page)).toMatch(new RegExp(`共有ファイル: ${FILE} に保存済み \\d{2}:\\d{2}`));
		expect(await status(page)).toContain('同僚の変更を取り込みました（2件）');
		await expect.poll(() => page.locator('[data-testid=event-list] tbody tr').count()).toBe(2);
	});

	it('saves a change made here to the same file by itself', async () => {
		const page = site.page;
		await row(page, 'k1').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=event-expected]', '41');
		await page.click('[data-testid=event-save]');
		await expect.poll(async () => (await readShared(page)).events.find((e) => e.id === 'k1')?.expected, { timeout: 10_000 }).toBe(41);
		const file = await readShared(page);
		// The colleague's bureau note is kept; the save time is the file's.
		expect(file).toMatchObject({ bureau: '石狩振興局', savedBy: '同僚' });
		expect(file.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});

	it('takes a colleague\'s newer version of an event without being asked', async () => {
		const page = site.page;
		const file = await readShared(page);
		const k2 = file.events.find((e) => e.id === 'k2')!;
		const edited = file.events.map((e) => (e.id === 'k2' ? successor(k2, { ...k2, contact: '同僚が更新', expected: 321 }, T) : e));
		await colleagueWrites(page, planFile(edited));
		await expect.poll(() => row(page, 'k2').textContent(), { timeout: 10_000 }).toContain('321');
		expect(await status(page)).toContain('同僚の変更を取り込みました（1件）');
		expect(await row(page, 'k1').textContent()).toContain('41');
		expect(await page.locator('[data-testid=plan-conflict]').count()).toBe(0);
	});

	it('an event changed here and by the colleague waits for a choice; the file keeps the colleague\'s version meanwhile', async () => {
		const page = site.page;
		const before = await readShared(page);
		const k1 = before.events.find((e) => e.id === 'k1')!;
		// Here: 77. The colleague, from the same version, writes 88 (and has not seen anything since).
		await row(page, 'k1').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=event-expected]', '77');
		await page.click('[data-testid=event-save]');
		await expect.poll(async () => (await readShared(page)).events.find((e) => e.id === 'k1')?.expected, { timeout: 10_000 }).toBe(77);
		await colleagueWrites(page, planFile(before.events.map((e) => (e.id === 'k1' ? successor(k1, { ...k1, expected: 88, status: '確定' }, T) : e))));
		await page.waitForSelector('[data-testid=plan-conflict][data-id=k1]', { timeout: 10_000 });
		await expect.poll(() => status(page)).toContain('競合 1件：選んでください');
		const conflict = page.locator('[data-testid=plan-conflict]');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=local]').textContent()).toBe('77');
		expect(await conflict.locator('tr', { hasText: '見込み申請数' }).locator('[data-side=incoming]').textContent()).toBe('88');
		expect(await page.textContent('[data-testid=plan-conflicts]')).toContain('共有ファイル（同僚）');
		// Nothing lost: here still 77, the file still 88.
		expect(await row(page, 'k1').textContent()).toContain('77');
		await page.waitForTimeout(2500);
		expect((await readShared(page)).events.find((e) => e.id === 'k1')).toMatchObject({ expected: 88, status: '確定' });
		await page.setViewportSize({ width: 1440, height: 900 });
		await site.screenshot('plan-shared-conflict-1440');
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await site.screenshot('plan-shared-conflict-390');
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('the choice goes to the file, as a version newer than both', async () => {
		const page = site.page;
		await page.click('[data-testid=plan-conflict] [data-testid=keep-local]');
		await page.waitForSelector('[data-testid=plan-conflicts]', { state: 'detached' });
		await expect.poll(async () => (await readShared(page)).events.find((e) => e.id === 'k1')?.expected, { timeout: 10_000 }).toBe(77);
		const k1 = (await readShared(page)).events.find((e) => e.id === 'k1')!;
		expect(k1.version).toBe(4);
		expect(k1.history.length).toBeGreaterThanOrEqual(3);
		await expect.poll(() => status(page)).not.toContain('競合');
		expect(await row(page, 'k2').textContent()).toContain('321');
	});

	it('after a reload, offers to reopen the same file, and keeps saving to it', async () => {
		const page = site.page;
		await page.reload();
		await page.waitForSelector('[data-testid=shared-reopen]');
		expect(await page.textContent('[data-testid=shared-reopen]')).toBe(`前回のファイルを開き直す（${FILE}）`);
		await page.click('[data-testid=shared-reopen]');
		await expect.poll(() => status(page)).toContain(`共有ファイル: ${FILE} に保存済み`);
		await row(page, 'k2').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=event-expected]', '12');
		await page.click('[data-testid=event-save]');
		await expect.poll(async () => (await readShared(page)).events.find((e) => e.id === 'k2')?.expected, { timeout: 10_000 }).toBe(12);
		await site.screenshot('plan-shared-1280');
		expect(pageErrors).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	});

	it('a file a colleague broke is named and left alone (nothing written over it) until it reads again', async () => {
		const page = site.page;
		const good = await readShared(page);
		await colleagueWrites(page, '{"schema":"kofuritsu-plan","version":1,"events":[');
		await expect.poll(() => status(page), { timeout: 10_000 }).toContain(`${FILE}: JSON として読めません`);
		await row(page, 'k2').locator('button', { hasText: '編集' }).click();
		await page.fill('[data-testid=event-expected]', '13');
		await page.click('[data-testid=event-save]');
		await page.waitForTimeout(2500);
		expect(await readOpfsFile(page, FILE)).toBe('{"schema":"kofuritsu-plan","version":1,"events":[');
		// The colleague saves a good file again: merged, and this device's change goes in.
		await colleagueWrites(page, JSON.stringify(good));
		await expect.poll(async () => (await readShared(page)).events.find((e) => e.id === 'k2')?.expected, { timeout: 10_000 }).toBe(13);
		await expect.poll(() => status(page)).toContain(`共有ファイル: ${FILE} に保存済み`);
		expect(pageErrors).toEqual([]);
	});

	it('stops sharing, then saves the plan as a new shared file', async () => {
		const page = site.page;
		await page.click('[data-testid=shared-stop]');
		await page.waitForSelector('[data-testid=shared-save-as]');
		await page.click('[data-testid=shared-save-as]');
		await expect.poll(() => status(page)).toContain('共有ファイル: saved-as.json に保存済み');
		const saved = JSON.parse(await readOpfsFile(page, 'saved-as.json'));
		expect(saved).toMatchObject({ schema: 'kofuritsu-plan', version: 1 });
		expect(saved.events.map((e: PlanEvent) => `${e.id}:${e.expected}`).sort()).toEqual(['k1:77', 'k2:13']);
		expect(pageErrors).toEqual([]);
	});

	it('without the file-picker API, names what the device lacks (not a browser brand) and points to download and upload', async () => {
		const other = await site.context.newPage();
		await other.addInitScript(() => Object.assign(window, { showOpenFilePicker: undefined, showSaveFilePicker: undefined }));
		await other.goto(`${site.origin}/plan/`);
		await other.waitForSelector('[data-testid=shared-unsupported]');
		const why = await other.textContent('[data-testid=shared-unsupported]');
		expect(why).toContain('計画ファイルを保存');
		expect(why).toContain('ファイル選択 API');
		expect(why).not.toMatch(/Chrome|Edge|Firefox|Safari/);
		expect(await other.isVisible('[data-testid=plan-export]')).toBe(true);
		await other.close();
	});
});
