/**
 * A bureau runs its corporate drives and off-site desks from /plan/: imports its company list
 * (a bad row refused by row and column), makes a company's event in one step, sees time, kind
 * and status in the calendar, exports iCalendar and groupware CSV, sets the subsidy rule and the
 * budget in yen, and reads both priority lenses. All companies and figures typed here are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';
import { parseIcs, unescapeText } from '../support/ics-check';
import { DESKTOP, horizontalOverflow, PHONE, targetsSmallerThan, textsSmallerThan } from '../support/page-checks';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.setViewportSize(DESKTOP);
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
	await site.page.selectOption('[data-testid=plan-bureau]', '十勝総合振興局');
});
afterAll(() => site?.close());

const message = (page: Page) => page.textContent('[data-testid=plan-message]');
const companyRows = (page: Page) => page.locator('[data-testid=company-list] tbody tr');
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n') });

describe('companies, events, money and priority on the planner', () => {
	it('refuses a company list with a bad row, naming its row and column, and keeps nothing', async () => {
		await site.page.setInputFiles('[data-testid=company-import]', csvFile('bad.csv', ['企業名,所在市町村,従業員数,状況', '架空食品 帯広工場,帯広市,1200,希望あり', '架空建設,東京都千代田区,30,打診中']));
		await site.page.waitForSelector('[data-testid=plan-message][role=alert]');
		expect(await message(site.page)).toContain('bad.csv 3行目 所在市町村: 北海道の市町村名（例: 帯広市）か団体コードが必要です');
		expect(await message(site.page)).toContain('bad.csv は読み込んでいません');
		expect(await companyRows(site.page).count()).toBe(0);
	});

	it('imports a list made in Excel by meaning and counts it by status and bureau', async () => {
		await site.page.setInputFiles(
			'[data-testid=company-import]',
			csvFile('tokachi.csv', ['事業所名,所在地,従業員数（人）,連絡先,希望時期,ステータス,担当市町村', '架空食品 帯広工場,北海道帯広市西1条,"1,200",総務課 0155-00-0000,8月下旬,希望あり,', '架空製作所,音更町,340,人事課,9月,日程調整中,帯広市'])
		);
		await expect.poll(() => message(site.page)).toContain('tokachi.csv から企業等を読み込みました：追加 2 件・更新 0 件');
		await expect.poll(() => companyRows(site.page).count()).toBe(2);
		const counts = site.page.locator('[data-testid=company-counts]');
		expect(await counts.locator('tr[data-status=希望あり]').textContent()).toContain('1,200人');
		expect(await counts.textContent()).toContain('十勝総合振興局');
	});

	it("creates the company's event in one step, with an end after the start, shown in the calendar", async () => {
		await companyRows(site.page).filter({ hasText: '架空製作所' }).locator('[data-testid=company-event]').click();
		await site.page.waitForSelector('[data-testid=event-editor]');
		expect(await site.page.inputValue('[data-testid=event-company]')).toBe('架空製作所');
		await site.page.fill('[data-testid=event-date]', '2022-08-03');
		await site.page.fill('[data-testid=event-time]', '12:00');
		await site.page.fill('[data-testid=event-end-time]', '11:00');
		await site.page.click('[data-testid=event-save]');
		await site.page.waitForSelector('[data-testid=plan-message][role=alert]');
		expect(await message(site.page)).toContain('終了時刻は開始時刻より後にしてください');
		await site.page.fill('[data-testid=event-end-time]', '13:30');
		await site.page.fill('[data-testid=event-expected]', '150');
		await site.page.click('[data-testid=event-save]');
		await site.page.waitForSelector('[data-testid=event-editor]', { state: 'detached' });
		const cell = site.page.locator('[data-testid=calendar-event]').first();
		// Run by 帯広市 (the desk), at 音更町's site; status 調整中 from 日程調整中.
		expect((await cell.textContent())!.replace(/\s+/g, '')).toBe('12:00–13:30帯広市企業・調整中');
	});

	it('exports iCalendar with start, end, place and description, and a groupware CSV', async () => {
		const [ics] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=plan-ics]')]);
		const calendar = parseIcs(readFileSync((await ics.path())!, 'utf8'));
		const event = calendar.components.find((c) => c.name === 'VEVENT')!;
		const p = Object.fromEntries(event.properties.map((x) => [x.name, x]));
		expect([p.DTSTART.params, p.DTSTART.value, p.DTEND.value]).toEqual([';TZID=Asia/Tokyo', '20220803T120000', '20220803T133000']);
		expect(unescapeText(p.LOCATION.value)).toBe('帯広市 架空製作所 音更町');
		expect(unescapeText(p.DESCRIPTION.value)).toBe('種類: 企業等への出張申請受付\n状況: 調整中\n企業等: 架空製作所\n見込み申請数: 150件\n連絡先・メモ: 人事課');
		const [csv] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=plan-groupware-csv]')]);
		const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
		expect(lines[0]).toBe('\ufeff件名,開始日,開始時刻,終了日,終了時刻,場所,説明');
		expect(lines[1]).toMatch(/^帯広市 架空製作所（調整中）,2022\/08\/03,12:00,2022\/08\/03,13:30,帯広市 架空製作所 音更町,"種類: 企業等への出張申請受付\n/);
	});

	it('costs novelties in yen under an editable subsidy rule and warns when over the budget', async () => {
		await site.page.click('[data-testid=subsidy-rule-edit]');
		await site.page.fill('[data-testid=subsidy-percent]', '100');
		await site.page.fill('[data-testid=subsidy-cap-item]', '300');
		await site.page.fill('[data-testid=subsidy-source]', '架空の交付要綱（テスト）');
		await site.page.click('[data-testid=subsidy-save]');
		await expect.poll(() => site.page.textContent('[data-testid=subsidy-rule]')).toContain('国の補助: 100%・1個あたり上限 300円・1行事あたり上限 なし');
		await site.page.click('[data-testid=event-new]');
		await site.page.selectOption('[data-testid=event-kind]', 'offsite');
		await site.page.fill('[data-testid=event-venue]', '帯広駅前');
		await site.page.fill('[data-testid=event-unit-cost]', '500');
		await site.page.fill('[data-testid=event-quantity]', '200');
		await site.page.click('[data-testid=event-save]');
		await site.page.waitForSelector('[data-testid=event-editor]', { state: 'detached' });
		// 500 × 200 = 100,000; the subsidy counts at most 300 yen a novelty: 60,000.
		await expect.poll(() => site.page.textContent('[data-testid=budget-total]')).toContain('費用 100,000円（国の補助 60,000円・市町村負担 40,000円）');
		await site.page.fill('[data-testid=budget-input]', '90000');
		await site.page.press('[data-testid=budget-input]', 'Enter');
		await site.page.locator('[data-testid=budget-input]').blur();
		await expect.poll(() => site.page.textContent('[data-testid=budget-over]')).toBe('予算を 10,000円 超えています');
	});

	it('ranks with two lenses, says why, and lists them without a scroll box', async () => {
		const reasons = () => site.page.locator('[data-testid=priority-reason]').allTextContents();
		expect((await reasons())[0]).toMatch(/^未取得 約?[\d,.]+万?人（道内\d+位）/);
		await site.page.check('[data-testid=lens-offsite]');
		await expect.poll(async () => (await reasons())[0]).toMatch(/^全国より\d+\.\dポイント低い/);
		// No place above the national rate before one below it.
		const all = await reasons();
		const firstAbove = all.findIndex((r) => r.includes('高い'));
		if (firstAbove >= 0) expect(all.slice(firstAbove).some((r) => r.includes('低い'))).toBe(false);
		const scrollBoxes = await site.page.$eval('[data-testid=priority-table]', (table) => {
			const boxes: string[] = [];
			for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
				const s = getComputedStyle(e);
				if (/(auto|scroll)/.test(s.overflowY) || s.maxHeight !== 'none') boxes.push(e.className);
			}
			return boxes;
		});
		expect(scrollBoxes).toEqual([]);
		// All of Hokkaido: 札幌市 has the most people without a card but is above the national rate.
		await site.page.selectOption('[data-testid=plan-bureau]', '');
		await expect.poll(() => site.page.locator('[data-testid=priority-table] tbody tr').count()).toBe(20);
		const top = await site.page.locator('[data-testid=priority-table] tbody tr').allTextContents();
		expect(top.some((row) => row.includes('札幌市'))).toBe(false);
		await site.page.click('[data-testid=priority-more]');
		expect(await site.page.locator('[data-testid=priority-table] tbody tr').count()).toBe(40);
		await site.page.check('[data-testid=lens-corporate]');
		await expect.poll(() => site.page.textContent('[data-testid=priority-table] tbody tr:first-child')).toContain('札幌市');
		expect(await site.page.textContent('[data-testid=priority-table] tbody tr:first-child [data-testid=priority-reason]')).toMatch(/^未取得 約\d+万人（道内1位）$/);
		await site.page.selectOption('[data-testid=plan-bureau]', '十勝総合振興局');
		await site.screenshot('plan-companies-desktop');
	});

	it('reads on a phone: no sideways scroll, no text under 11 px, targets ≥ 44 px', async () => {
		await site.page.setViewportSize(PHONE);
		await site.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		expect(await horizontalOverflow(site.page)).toBeLessThanOrEqual(0);
		expect(await textsSmallerThan(site.page, 11)).toEqual([]);
		// With companies listed and the rule editor open, every control is still finger-sized.
		await site.page.click('[data-testid=subsidy-rule-edit]');
		expect(await targetsSmallerThan(site.page, 44)).toEqual([]);
		expect(await horizontalOverflow(site.page)).toBeLessThanOrEqual(0);
		await site.screenshot('plan-companies-phone');
		expect(site.foreignRequests).toEqual([]);
	});
});
