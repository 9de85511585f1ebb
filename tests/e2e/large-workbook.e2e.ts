/**
 * Workbooks past 512 KiB unzipped, read in the browser with the site's CSP as it is
 * (`worker-src 'self'`): the unzip library would start a `blob:` worker for them, which the
 * policy blocks, and the import would never finish. Both files are generated here from invented
 * data: a 1,741-row release table with an extra 備考 column on データ, and a 4,000-row company
 * list on 計画.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { zipEntries } from '../../src/lib/import/zip-entries';
import { openSite, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';
import { byKindGrid, csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, type InventedRow } from '../support/invented-release';

const RELEASE = '2023-06-01';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let rows: InventedRow[];
let site: SiteSession;

/** The largest entry of the archive, unzipped: over 512 KiB is what made the library start a worker. */
const largestEntry = (bytes: Uint8Array) => Math.max(...(zipEntries(bytes) ?? []).map((e) => e.size));

async function workbook(grid: (string | number)[][]): Promise<Buffer> {
	const sheet = grid.map((row) => row.map((value) => ({ value })));
	return Buffer.from(await writeXlsxFile(sheet as never).toBuffer());
}

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	rows = inventMunicipalRows(master, 41);
	site = await openSite();
});
afterAll(() => site?.close());

describe('workbooks over 512 KiB in the browser, CSP unchanged', () => {
	it('データ imports a release workbook whose sheet unzips past 512 KiB', async () => {
		// The municipal table with an extra 備考 column of invented text, counts as numbers.
		const grid = municipalGrid(rows, RELEASE).map((row, i) => [...row.map((c, j) => (i > 0 && j !== 1 && j !== 2 && /^\d+$/.test(c) ? Number(c) : c)), i === 0 ? '備考' : `架空の備考 ${i} `.repeat(12)]);
		const bytes = await workbook(grid);
		expect(largestEntry(bytes)).toBeGreaterThan(512 * 1024);
		await site.page.goto(`${site.origin}/data/`);
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		const csv = (name: string, g: string[][]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(csvBytes(g, { bom: true, quoted: true, crlf: true, separators: false })) });
		await site.page.setInputFiles('[data-testid=import-input]', [
			{ name: 'shichoson.xlsx', mimeType: XLSX, buffer: bytes },
			csv('todofuken.csv', prefecturalGrid(rows, RELEASE)),
			csv('kubun.csv', byKindGrid(rows, RELEASE))
		]);
		await site.page.waitForSelector('[data-testid=import-done], [data-testid=import-errors]', { timeout: 90_000 });
		expect(await site.page.locator('[data-testid=import-errors]').count()).toBe(0);
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2023年6月1日 を取り込みました');
		expect(await site.page.locator('[data-testid=import-input]').isEnabled()).toBe(true);
	});

	it('計画 imports a 4,000-row company list', async () => {
		const towns = ['帯広市', '音更町', '芽室町', '幕別町'];
		const grid: (string | number)[][] = [['企業名', '所在市町村', '従業員数', '状況']];
		for (let i = 1; i <= 4000; i++) grid.push([`架空企業 第${i}事業所 十勝の食品と機械を扱う株式会社 ${'架空'.repeat(20)}`, towns[i % towns.length], 10 + (i % 500), '希望あり']);
		const bytes = await workbook(grid);
		expect(largestEntry(bytes)).toBeGreaterThan(512 * 1024);
		await site.page.goto(`${site.origin}/plan/`);
		await planReady(site.page);
		await site.page.selectOption('[data-testid=plan-bureau]', '十勝総合振興局');
		await site.page.setInputFiles('[data-testid=company-import]', { name: 'kigyo.xlsx', mimeType: XLSX, buffer: bytes });
		await expect.poll(() => site.page.textContent('[data-testid=plan-message]'), { timeout: 90_000 }).toContain('kigyo.xlsx から企業等を読み込みました：追加 4,000 件');
	});
});
