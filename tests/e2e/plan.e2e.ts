import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
});
afterAll(() => site?.close());

const rows = (page: Page) => page.locator('[data-testid=event-list] tbody tr');

async function addOffsite(page: Page, venue: string) {
	const before = await rows(page).count();
	await page.click('[data-testid=event-new]');
	await page.selectOption('[data-testid=event-kind]', 'offsite');
	await page.fill('[data-testid=event-venue]', venue);
	await page.fill('[data-testid=event-unit-cost]', '500');
	await page.fill('[data-testid=event-quantity]', '200');
	await page.fill('[data-testid=event-expected]', '180');
	await page.selectOption('[data-testid=event-status]', '確定');
	await page.click('[data-testid=event-save]');
	// Wait for the saved event itself: the message may still say 保存しました from the last save.
	await expect.poll(() => rows(page).filter({ hasText: venue }).count()).toBe(1);
	expect(await rows(page).count()).toBe(before + 1);
}

describe('the outreach planner', () => {
	it('creates, edits and deletes events, with budget and impact', async () => {
		await site.page.selectOption('[data-testid=plan-bureau]', '十勝総合振興局');
		expect(await site.page.textContent('[data-testid=priority-table] tbody tr:first-child')).toContain('帯広市');
		await addOffsite(site.page, '帯広駅前');
		await addOffsite(site.page, '音更の道の駅');
		expect(await rows(site.page).count()).toBe(2);
		expect(await site.page.textContent('[data-testid=budget-total]')).toContain('費用 200,000円（国の補助 100,000円・市町村負担 100,000円）');
		expect(await site.page.textContent('[data-testid=plan-impact]')).toContain('計画あり（+360枚）');
		await rows(site.page).filter({ hasText: '音更の道の駅' }).locator('button', { hasText: '編集' }).click();
		await site.page.fill('[data-testid=event-expected]', '90');
		await site.page.click('[data-testid=event-save]');
		await site.page.waitForSelector('[data-testid=event-editor]', { state: 'detached' });
		await site.page.waitForFunction(() => document.querySelector('[data-testid=plan-impact]')?.textContent?.includes('+270枚'));
		site.page.once('dialog', (d) => d.accept());
		await rows(site.page).filter({ hasText: '音更の道の駅' }).locator('button', { hasText: '削除' }).click();
		await expect.poll(() => rows(site.page).count()).toBe(1);
		await site.screenshot('plan');
	});

	it('keeps the plan across a reload', async () => {
		await site.page.reload();
		// A reload on a busy machine: wait for the stored plan, not for a fixed second.
		await expect.poll(() => rows(site.page).count(), { timeout: 30_000 }).toBe(1);
		expect(await rows(site.page).first().textContent()).toContain('帯広駅前');
	});

	it('shows a second tab\'s change, and refuses to overwrite it silently', async () => {
		const other = await site.context.newPage();
		await other.goto(`${site.origin}/plan/`);
		await expect.poll(() => rows(other).count(), { timeout: 30_000 }).toBe(1);
		// This tab starts editing; the other tab saves a change first.
		await rows(site.page).first().locator('button', { hasText: '編集' }).click();
		await rows(other).first().locator('button', { hasText: '編集' }).click();
		await other.fill('[data-testid=event-expected]', '250');
		await other.click('[data-testid=event-save]');
		await expect.poll(() => rows(site.page).first().textContent(), { timeout: 30_000 }).toContain('250');
		await site.page.fill('[data-testid=event-expected]', '999');
		await site.page.click('[data-testid=event-save]');
		// Both versions are shown to choose from (tests/e2e/plan-page-rest.e2e.ts follows the choice); nothing written yet.
		await site.page.waitForSelector('[data-testid=tab-conflict]');
		expect(await site.page.textContent('[data-testid=tab-conflict]')).toContain('別のタブで変更されました');
		expect(await rows(site.page).first().textContent()).toContain('250');
		await site.page.click('[data-testid=tab-conflict] [data-testid=keep-local]');
		await site.page.waitForSelector('[data-testid=tab-conflict]', { state: 'detached' });
		expect(await rows(site.page).first().textContent()).toContain('250');
		await other.close();
	});

	it('exports a plan file and re-imports it identically; refuses a corrupted one', async () => {
		const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=plan-export]')]);
		const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(exported).toMatchObject({ schema: 'kofuritsu-plan', version: 1 });
		expect(exported.events).toHaveLength(1);
		const before = await rows(site.page).allTextContents();
		await site.page.setInputFiles('[data-testid=plan-import]', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
		await site.page.waitForFunction(() => document.querySelector('[data-testid=plan-message]')?.textContent?.startsWith('plan.json を読み込みました'));
		// Re-importing one's own export: every event unchanged, nothing asked.
		expect(await site.page.textContent('[data-testid=plan-message]')).toContain('変更なし 1 件');
		expect(await site.page.locator('[data-testid=plan-conflict]').count()).toBe(0);
		expect(await rows(site.page).allTextContents()).toEqual(before);
		const corrupted = JSON.stringify(exported).slice(0, 200);
		await site.page.setInputFiles('[data-testid=plan-import]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(corrupted) });
		await site.page.waitForSelector('[data-testid=plan-message][role=alert]');
		expect(await site.page.textContent('[data-testid=plan-message]')).toContain('broken.json: JSON として読めません');
		expect(await rows(site.page).allTextContents()).toEqual(before);
	});

	it('exports CSV and iCalendar, and prints the bureau plan', async () => {
		const [csv] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=plan-csv]')]);
		expect(readFileSync((await csv.path())!, 'utf8').split('\r\n')[0]).toBe('\ufeff日付,時刻,終了時刻,振興局,市町村,種類,状況,企業等,場所,会場,ノベルティ,単価(円),数量,費用(円),国の補助(円),市町村負担(円),見込み申請数,実績申請数,連絡メモ');
		const [ics] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=plan-ics]')]);
		expect(readFileSync((await ics.path())!, 'utf8')).toContain('SUMMARY:帯広市 帯広駅前（確定）');
		await site.page.emulateMedia({ media: 'print' });
		const pdf = await site.page.pdf({ format: 'A4' });
		writeFileSync(join(SCREENSHOT_DIR, 'plan.pdf'), pdf);
		expect(pdf.length).toBeGreaterThan(10_000);
		await site.page.emulateMedia({ media: 'screen' });
		expect(site.foreignRequests).toEqual([]);
	});
});
