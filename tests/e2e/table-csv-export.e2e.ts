import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { siteForFile } from '../support/site';
import { openMap, waitForTitle } from '../support/map-page';

const site = siteForFile(() => openMap());

describe('the table beside the map', () => {
	it('searches by kana and sorts by a column', async () => {
		await site.page.fill('[data-testid=table-search]', 'はこだて');
		expect(await site.page.locator('[data-testid=municipality-table] tbody tr').count()).toBe(1);
		await site.page.fill('[data-testid=table-search]', '');
		await site.page.click('[data-testid=municipality-table] thead button:has-text("人口")');
		expect(await site.page.textContent('[data-testid=municipality-table] tbody tr:first-child th')).toBe('札幌市');
	});

	it('exports the current measure as Excel-ready CSV', async () => {
		await site.page.selectOption('[data-testid=measure-select]', 'without_card');
		await waitForTitle(site.page, '未取得の人数');
		const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('[data-testid=csv-export]')]);
		expect(download.suggestedFilename()).toBe('kofuritsu-2022-06-30-without_card.csv');
		const text = readFileSync((await download.path())!, 'utf8');
		const lines = text.split('\r\n');
		expect(text.startsWith('\ufeff')).toBe(true);
		expect(lines[0]).toBe('\ufeff団体コード,市町村名,振興局,公表日,未取得の人数,交付率(%),交付枚数,人口');
		expect(lines[1]).toBe('011002,札幌市,石狩振興局,2022-06-30,1063619,45.8,897956,1961575');
		expect(lines).toHaveLength(181); // header + 179 + final CRLF
		expect(site.foreignRequests).toEqual([]);
	});
});
