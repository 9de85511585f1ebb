/**
 * The データ page reads an invented 「公表用」 workbook (tables one above the other, 和暦 header
 * dates, no codes) as `npm run import` does: a typo is refused with its sheet, row and column; the
 * good file is listed as a new 保有枚数 release.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { openSite, type SiteSession } from '../support/site';
import { inventHoldings, koukaiyouGrid, koukaiyouXlsx, type InventedHolding } from '../support/invented-holdings';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let site: SiteSession;
let invented: InventedHolding[];

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	invented = inventHoldings(master, 11);
	site = await openSite();
	await site.page.goto(`${site.origin}/data/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
});
afterAll(() => site?.close());

describe('a 「公表用」 workbook on the データ page', () => {
	it('refuses a name typo with sheet, row and column', async () => {
		const grid = koukaiyouGrid(invented, { rename: { prefecture: '北海道', name: '森町', to: '茅部郡森野町' } });
		const line = grid.findIndex((row) => row[1] === '茅部郡森野町') + 1;
		const buffer = Buffer.from(await koukaiyouXlsx(grid));
		await site.page.setInputFiles('[data-testid=import-input]', [{ name: 'koukai.xlsx', mimeType: XLSX, buffer }]);
		await site.page.waitForSelector('[data-testid=import-errors]', { timeout: 60_000 });
		const errors = (await site.page.textContent('[data-testid=import-errors]')) ?? '';
		expect(errors).toContain(`koukai.xlsx「公表用」 ${line}行目 市区町村名（B列）: 北海道の「茅部郡森野町」は市区町村マスタにありません`);
		expect(errors).not.toContain('表も必要です'); // the file is refused whole, not judged by its prefecture table alone
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2025-08-31"]').count()).toBe(0);
		await site.screenshot('import-by-meaning-refused');
	});

	it('imports the good workbook as a new 保有枚数 release', async () => {
		const buffer = Buffer.from(await koukaiyouXlsx(koukaiyouGrid(invented)));
		await site.page.setInputFiles('[data-testid=import-input]', [{ name: 'koukai.xlsx', mimeType: XLSX, buffer }]);
		await site.page.waitForSelector('[data-testid=import-done]', { timeout: 60_000 });
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2025年8月31日 を取り込みました');
		await site.page.waitForSelector('[data-testid=release-list] tr[data-release="2025-08-31"]');
		expect(await site.page.getAttribute('[data-testid=release-list] tr[data-release="2025-08-31"]', 'data-source')).toBe('browser');
		await site.screenshot('import-by-meaning-done');
		await site.page.setViewportSize({ width: 390, height: 844 });
		await site.screenshot('import-by-meaning-done-phone');
		await site.page.setViewportSize({ width: 1440, height: 900 });
	});
});
