import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { openSite, type SiteSession } from '../support/site';
import { waitReady, waitForTitle } from '../support/map-page';
import { byKindGrid, csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, xlsxBytes, type InventedRow } from '../support/invented-release';
import { gridRows, xlsxFromRows, type SheetCell } from '../support/hostile-files';

// Invented releases (real municipality list, made-up figures), written by the test; the dates are
// after the real data set and before today.
const RELEASE = '2023-02-01';
const layout = { bom: true, quoted: true, crlf: true, separators: false };
type UploadFile = { name: string; mimeType: string; buffer: Buffer };
let rows: InventedRow[];
let files: UploadFile[];
let site: SiteSession;

const csvFile = (name: string, grid: string[][], encoding: 'utf-8' | 'shift_jis' = 'utf-8'): UploadFile => ({ name, mimeType: 'text/csv', buffer: Buffer.from(csvBytes(grid, layout, encoding)) });
const threeTables = (release: string, data = rows) => [csvFile('shichoson.csv', municipalGrid(data, release)), csvFile('todofuken.csv', prefecturalGrid(data, release)), csvFile('kubun.csv', byKindGrid(data, release))];
const releaseCount = () => site.page.locator('[data-testid=release-list] tbody tr').count();

async function openDataPage() {
	await site.page.goto(`${site.origin}/data/`);
	await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
}

async function refusedWith(upload: UploadFile[]): Promise<string> {
	await site.page.setInputFiles('[data-testid=import-input]', upload);
	await site.page.waitForSelector('[data-testid=import-errors]', { timeout: 60_000 });
	return (await site.page.textContent('[data-testid=import-errors]')) ?? '';
}

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	rows = inventMunicipalRows(master, 7);
	files = [
		csvFile('shichoson.csv', municipalGrid(rows, RELEASE), 'shift_jis'),
		{ name: 'todofuken.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await xlsxBytes(prefecturalGrid(rows, RELEASE), false)) },
		csvFile('kubun.csv', byKindGrid(rows, RELEASE))
	];
	site = await openSite();
	await openDataPage();
});
afterAll(() => site?.close());

describe('importing a release in the browser', () => {
	it('refuses a bad file with its file, line and column, and changes nothing', async () => {
		const before = await releaseCount();
		const bad = Buffer.from('"算出基準日","都道府県名","総数（人口）","交付枚数","人口に対する交付枚数率","人口算出基準日","交付枚数算出基準日"\n"2023/02/01","北海道","100","<b>200</b>","1","2023/01/01","2023/02/01"\n');
		const message = await refusedWith([{ name: 'bad.csv', mimeType: 'text/csv', buffer: bad }]);
		expect(message).toContain('bad.csv 2行目 交付枚数: 「<b>200</b>」は数値として読めません');
		expect(await site.page.locator('[data-testid=import-errors] b').count()).toBe(0); // shown as text, never as HTML
		expect(await releaseCount()).toBe(before);
		await site.screenshot('data-import-refused');
	});

	it('refuses a quote or a formula in 区分 in Japanese, naming file, row and column (never a raw insert failure)', async () => {
		const before = await releaseCount();
		const kinds = byKindGrid(rows, RELEASE);
		const quoted = [...kinds, kinds[1].map((c, j) => (j === 1 ? '指定都市 "20市"' : c)), kinds[1].map((c, j) => (j === 1 ? '=HYPERLINK("http://example.invalid")' : c))];
		const message = await refusedWith([...threeTables(RELEASE).slice(0, 2), csvFile('kubun.csv', quoted)]);
		expect(message).toContain('kubun.csv 3行目 区分: 「指定都市 "20市"」は団体区分として読めません');
		expect(message).toContain('kubun.csv 4行目 区分: 「=HYPERLINK');
		expect(message).not.toMatch(/Error|Invalid|Conversion|quote/);
		expect(await releaseCount()).toBe(before);
		// On a phone the messages wrap inside the importer.
		await site.page.setViewportSize({ width: 390, height: 844 });
		expect(await site.page.$eval('.importer', (el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		await site.page.locator('.importer').screenshot({ path: 'test-results/screenshots/data-import-refused-390.png' });
		await site.page.setViewportSize({ width: 1280, height: 900 });
	});

	it('refuses a release dated after today', async () => {
		const message = await refusedWith(threeTables('2099-12-31'));
		expect(message).toMatch(/shichoson\.csv 2行目 算出基準日: 算出基準日 2099-12-31 は今日（\d{4}-\d{2}-\d{2}）より後の日付です/);
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2099-12-31"]').count()).toBe(0);
	});

	it('refuses a million-row workbook at once, and the page stays usable', async () => {
		const million = xlsxFromRows((function* () { yield gridRows([municipalGrid(rows, RELEASE)[0]])[0]; for (let i = 0; i < 1_000_000; i++) yield [{ n: i }] as SheetCell[]; })());
		const started = Date.now();
		const message = await refusedWith([{ name: 'million.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(million) }]);
		expect(message).toMatch(/million\.xlsx: 展開すると [\d.]+ MiB になり、大きすぎます（上限 20 MiB/);
		expect(Date.now() - started).toBeLessThan(30_000); // a hang guard, not a speed budget (that is npm run bench)
		expect(await site.page.locator('[data-testid=import-input]').isEnabled()).toBe(true);
	});

	it('imports the three tables, lists the release, and shows it on the map', async () => {
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-done]', { timeout: 60_000 });
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2023年2月1日 を取り込みました');
		expect(await site.page.getAttribute('[data-testid=release-list] tbody tr:first-child', 'data-source')).toBe('browser');
		await site.screenshot('data-import-done');
		await site.page.click('a[href$="/"]:has-text("地図")');
		await waitReady(site.page);
		await waitForTitle(site.page, '2023年2月1日');
		expect(await site.page.locator('[data-testid=release-select] option[value="2023-02-01"]').count()).toBe(1);
	});

	it('keeps it after a reload; the same files again change nothing', async () => {
		await site.page.reload();
		await waitReady(site.page);
		await waitForTitle(site.page, '2023年2月1日');
		await openDataPage();
		await site.page.waitForSelector('[data-testid=release-list] tr[data-release="2023-02-01"]');
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-unchanged]');
	});

	it('a corrected prefectural table alone is a change: it names the table and asks before replacing', async () => {
		// A corrected 交付枚数算出基準日 (the totals must still equal the municipalities': release-rules.ts).
		const corrected = prefecturalGrid(rows, RELEASE).map((row, i) => (i === 1 ? row.map((c, j) => (j === 6 ? '2023/01/31' : c)) : row));
		await site.page.setInputFiles('[data-testid=import-input]', [files[0], csvFile('todofuken-teisei.csv', corrected), files[2]]);
		await site.page.waitForSelector('[data-testid=import-confirm]');
		expect(await site.page.textContent('[data-testid=import-confirm]')).toContain('2023年2月1日 の公表データは既にあり、都道府県別の表の数値が違います。置き換えますか？');
		expect(await site.page.locator('[data-testid=import-unchanged]').count()).toBe(0);
		await site.screenshot('data-import-confirm');
		await site.page.click('[data-testid=import-confirm] button:has-text("置き換える")');
		await site.page.waitForSelector('[data-testid=import-done]');
		// The correction is what the site now holds: importing it again is no change.
		await site.page.setInputFiles('[data-testid=import-input]', [csvFile('todofuken-teisei.csv', corrected)]);
		await site.page.waitForSelector('[data-testid=import-unchanged]');
	});

	it('says so when this browser cannot keep an import (IndexedDB blocked), and the release is live until reload', async () => {
		await site.page.evaluate(() => {
			indexedDB.open = () => {
				throw new DOMException('blocked by test', 'SecurityError');
			};
		});
		await site.page.setInputFiles('[data-testid=import-input]', threeTables('2023-03-01'));
		await site.page.waitForSelector('[data-testid=import-unsaved]', { timeout: 60_000 });
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2023年3月1日 を取り込みました');
		expect(await site.page.textContent('[data-testid=import-unsaved]')).toContain('2023年3月1日 は今の画面には反映しましたが、このブラウザに保存できませんでした');
		expect(await site.page.locator('[data-testid=import-errors]').count()).toBe(0);
		await site.screenshot('data-import-unsaved');
		await openDataPage();
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2023-03-01"]').count()).toBe(0);
	});

	it('skips one corrupt stored record with a message, keeping every other import', async () => {
		await site.page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('kofuritsu', 1);
					open.onsuccess = () => {
						const tx = open.result.transaction('imported-releases', 'readwrite');
						tx.objectStore('imported-releases').put({ releaseDate: '2023-04-01', files: { municipal: 42 }, fileNames: [], importedAt: 'x' });
						tx.objectStore('imported-releases').put({ releaseDate: '2023-05-01', files: { municipal: '"算出基準日"\n"壊れた"' }, fileNames: [], importedAt: 'x' });
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
					open.onerror = () => reject(open.error);
				})
		);
		await openDataPage();
		const problems = await site.page.textContent('[data-testid=import-restore-problems]');
		expect(problems).toContain('2023年4月1日 の取り込みデータが壊れているため、飛ばしました');
		expect(problems).toContain('2023年5月1日 の取り込みデータが壊れているため、飛ばしました');
		await site.page.waitForSelector('[data-testid=release-list] tr[data-release="2023-02-01"]');
		await site.screenshot('data-import-restore-problems');
		await site.page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const open = indexedDB.open('kofuritsu', 1);
					open.onsuccess = () => {
						const tx = open.result.transaction('imported-releases', 'readwrite');
						tx.objectStore('imported-releases').delete('2023-04-01');
						tx.objectStore('imported-releases').delete('2023-05-01');
						tx.oncomplete = () => resolve();
					};
				})
		);
	});

	it('removes an import on request', async () => {
		await openDataPage();
		site.page.once('dialog', (dialog) => dialog.accept());
		const reloaded = site.page.waitForEvent('load');
		await site.page.click('[data-testid=release-list] tr[data-release="2023-02-01"] button');
		await reloaded;
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2023-02-01"]').count()).toBe(0);
		expect(site.foreignRequests).toEqual([]);
	});
});
