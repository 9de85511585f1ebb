import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { siteForFile } from '../support/site';
import { waitReady } from '../support/map-page';
import { planReady } from '../../tools/support/plan-fixture';

const site = siteForFile();

async function xlsx(page: Page, selector: string): Promise<{ name: string; rows: unknown[][] }> {
	const [event] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	return { name: event.suggestedFilename(), rows: await readSheet(readFileSync((await event.path())!)) };
}

/** The table's text as a user reads it: '1,961,575' → 1961575. */
const number = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

describe('every table downloads as Excel (XLSX)', () => {
	it('map table: numbers as numbers, the release as a date, Japanese headers, peer ranks', async () => {
		await site.page.goto(`${site.origin}/`);
		await waitReady(site.page);
		const { name, rows } = await xlsx(site.page, '[data-testid=xlsx-export]');
		expect(name).toMatch(/^kofuritsu-\d{4}-\d{2}-\d{2}-rate\.xlsx$/);
		expect(rows[0]).toEqual(['団体コード', '市町村名', '振興局', '公表日', '交付率', '交付率(%)', '交付枚数', '人口', '種類', '種類内順位（全国）', '種類内順位（道内）', '人口規模', '人口規模内順位（全国）', '人口規模内順位（道内）']);
		expect(rows).toHaveLength(180);
		// The first row on screen is the first in the file, with the same figures.
		const first = site.page.locator('[data-testid=municipality-table] tbody tr').first();
		const [code, population] = [await first.getAttribute('data-code'), number(await first.locator('td.population').textContent())];
		const row = rows[1];
		expect(row[0]).toBe(code);
		expect(row[3]).toBeInstanceOf(Date);
		expect(typeof row[6]).toBe('number');
		expect(row[7]).toBe(population);
		expect(typeof row[9]).toBe('number');
		expect(['市区', '町村']).toContain(row[8]);
	});

	it('ranking: the 47 prefectures', async () => {
		await site.page.goto(`${site.origin}/ranking/`);
		await site.page.waitForSelector('html[data-hydrated=true]');
		const { rows } = await xlsx(site.page, '[data-testid=ranking-xlsx]');
		expect(rows[0]).toEqual(['順位', '都道府県', '公表日', '交付率(%)', '交付枚数', '人口', '全国の交付率(%)']);
		expect(rows).toHaveLength(48);
		expect(rows[1][0]).toBe(1);
		const hokkaido = rows.find((r) => r[1] === '北海道')!;
		expect(hokkaido[0]).toBe(parseInt((await site.page.textContent('[data-testid=ranking-rank]'))!, 10));
		expect(hokkaido[3]).toBe(number(await site.page.textContent('[data-testid=ranking-rate]')));
		expect(hokkaido[2]).toBeInstanceOf(Date);
	});

	it('plan: the priority list and the events', async () => {
		await site.page.goto(`${site.origin}/plan/`);
		await planReady(site.page);
		const priority = await xlsx(site.page, '[data-testid=priority-xlsx]');
		expect(priority.rows[0]).toEqual(['見方', '順', '団体コード', '市町村', '振興局', '優先度(点)', '未取得の人数', '人口', '登録企業の従業員数', 'なぜ上位か']);
		expect(priority.rows).toHaveLength(180);
		expect(priority.rows[1][1]).toBe(1);
		expect(priority.rows[1][9]).toBe(await site.page.textContent('[data-testid=priority-table] tbody tr:first-child [data-testid=priority-reason]'));
		expect(priority.rows[1][5]).toBe(number(await site.page.textContent('[data-testid=priority-table] tbody tr:first-child td.score')));

		await site.page.click('[data-testid=event-new]');
		await site.page.selectOption('[data-testid=event-kind]', 'offsite');
		await site.page.fill('[data-testid=event-venue]', '架空会館');
		await site.page.fill('[data-testid=event-unit-cost]', '500');
		await site.page.fill('[data-testid=event-quantity]', '200');
		await site.page.fill('[data-testid=event-expected]', '180');
		await site.page.click('[data-testid=event-save]');
		await expect.poll(() => site.page.locator('[data-testid=event-list] tbody tr', { hasText: '架空会館' }).count()).toBe(1);
		const events = await xlsx(site.page, '[data-testid=plan-xlsx]');
		expect(events.rows[0].slice(0, 5)).toEqual(['日付', '開始時刻', '終了時刻', '振興局', '市町村']);
		const row = events.rows.find((r) => r[9] === '架空会館')!;
		expect(row[0]).toEqual(new Date(Date.UTC(2022, 7, 1)));
		expect(row.slice(11, 14)).toEqual([500, 200, 100000]);
		expect(row[16]).toBe(180);
	});

	it('探索: SQL results keep their types', async () => {
		await site.page.goto(`${site.origin}/explore/`);
		await site.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
		await site.page.waitForSelector('[data-testid=sql-run]:not([disabled])');
		await site.page.fill('[data-testid=sql-input]', "SELECT DATE '2022-06-30' AS 公表日, 12345::INTEGER AS 枚数, 42.125::DOUBLE AS 率, 'テスト' AS 名前");
		const before = Number(await site.page.getAttribute('[data-testid=explorer]', 'data-finished'));
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForFunction((n) => Number(document.querySelector('[data-testid=explorer]')?.getAttribute('data-finished')) > n, before);
		const { rows } = await xlsx(site.page, '[data-testid=sql-xlsx]');
		expect(rows).toEqual([
			['公表日', '枚数', '率', '名前'],
			[new Date(Date.UTC(2022, 5, 30)), 12345, 42.125, 'テスト']
		]);
		expect(site.foreignRequests).toEqual([]);
	});
});
