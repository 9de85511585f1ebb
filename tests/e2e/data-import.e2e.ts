import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { GENERATED_DATA_DIR } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { openSite, type SiteSession } from '../support/site';
import { waitReady, waitForTitle } from '../support/map-page';
import { byKindGrid, csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, xlsxBytes } from '../support/invented-release';

// An invented release (real municipality list, made-up figures), written by the test.
const RELEASE = '2099-07-31';
const layout = { bom: true, quoted: true, crlf: true, separators: false };
let files: { name: string; mimeType: string; buffer: Buffer }[];
let site: SiteSession;

beforeAll(async () => {
	const data = await openDataEngine(GENERATED_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	const rows = inventMunicipalRows(master, 7);
	files = [
		{ name: 'shichoson.csv', mimeType: 'text/csv', buffer: Buffer.from(csvBytes(municipalGrid(rows, RELEASE), layout, 'shift_jis')) },
		{ name: 'todofuken.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await xlsxBytes(prefecturalGrid(rows, RELEASE), false)) },
		{ name: 'kubun.csv', mimeType: 'text/csv', buffer: Buffer.from(csvBytes(byKindGrid(rows, RELEASE), layout)) }
	];
	site = await openSite();
	await site.page.goto(`${site.origin}/data/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('importing a release in the browser', () => {
	it('refuses a bad file with its file, line and column, and changes nothing', async () => {
		const before = await site.page.locator('[data-testid=release-list] tbody tr').count();
		const bad = Buffer.from('"算出基準日","都道府県名","総数（人口）","交付枚数","人口に対する交付枚数率","人口算出基準日","交付枚数算出基準日"\n"2099/07/31","北海道","100","<b>200</b>","1","2099/01/01","2099/07/31"\n');
		await site.page.setInputFiles('[data-testid=import-input]', { name: 'bad.csv', mimeType: 'text/csv', buffer: bad });
		await site.page.waitForSelector('[data-testid=import-errors]');
		const message = await site.page.textContent('[data-testid=import-errors]');
		expect(message).toContain('bad.csv 2行目 交付枚数: 「<b>200</b>」は数値として読めません');
		expect(await site.page.locator('[data-testid=import-errors] b').count()).toBe(0); // shown as text, never as HTML
		expect(await site.page.locator('[data-testid=release-list] tbody tr').count()).toBe(before);
		await site.screenshot('data-import-refused');
	});

	it('imports the three tables, lists the release, and shows it on the map', async () => {
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-done]', { timeout: 60_000 });
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2099年7月31日 を取り込みました');
		expect(await site.page.getAttribute('[data-testid=release-list] tbody tr:first-child', 'data-source')).toBe('browser');
		await site.screenshot('data-import-done');
		await site.page.click('a[href$="/"]:has-text("地図")');
		await waitReady(site.page);
		await waitForTitle(site.page, '2099年7月31日');
		expect(await site.page.locator('[data-testid=release-select] option[value="2099-07-31"]').count()).toBe(1);
	});

	it('keeps it after a reload, until removed', async () => {
		await site.page.reload();
		await waitReady(site.page);
		await waitForTitle(site.page, '2099年7月31日');
		await site.page.goto(`${site.origin}/data/`);
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		await site.page.waitForSelector('[data-testid=release-list] tr[data-release="2099-07-31"]');
		// Importing the same files again changes nothing.
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-unchanged]');
		site.page.once('dialog', (dialog) => dialog.accept());
		await site.page.click('[data-testid=release-list] tr[data-release="2099-07-31"] button');
		await site.page.waitForLoadState('load');
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2099-07-31"]').count()).toBe(0);
		expect(site.foreignRequests).toEqual([]);
	});
});
