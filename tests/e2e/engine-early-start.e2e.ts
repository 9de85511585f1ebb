import { afterEach, describe, expect, it } from 'vitest';
import { serveDirectory, type RunningServer } from '../../tools/support/static-server';
import { openBrowser, type BrowserSession } from '../../tools/support/browser';
import { BUILD_DIR } from '../support/site';

// The map page starts DuckDB's worker from the inline script in app.html, while the HTML is still
// parsed; the page's own scripts adopt that worker (one worker, one wasm download) or, when it is
// not theirs, stop it and start their own. Checked at the site's root and in a sub-folder.
let server: RunningServer;
let browser: BrowserSession;

async function open(prefix = '') {
	server = await serveDirectory(BUILD_DIR, prefix ? { prefix } : {});
	browser = await openBrowser(server.origin);
	const workerScripts: string[] = [];
	// The page's own requests: the service worker keeping the site offline fetches the script too.
	browser.context.on('request', (request) => {
		if (!request.serviceWorker() && /\/duckdb-worker-[^/]*\.js$/.test(new URL(request.url()).pathname)) workerScripts.push(request.url());
	});
	return workerScripts;
}

const ready = () => browser.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });

afterEach(async () => {
	try {
		await browser?.close();
	} finally {
		await server?.close();
	}
});

describe('DuckDB started while the page is parsed', () => {
	for (const prefix of ['', '/sub/kofuritsu']) {
		it(`is adopted by the page: one worker, each of its steps once, queries answered${prefix ? ' (sub-folder)' : ''}`, async () => {
			const workerScripts = await open(prefix);
			await browser.page.goto(`${server.origin}/`);
			await ready();
			// Adopted: the worker script was fetched once (a page starting its own fetches it twice, below).
			expect(workerScripts).toHaveLength(1);
			expect(workerScripts[0].startsWith(`${server.origin}/_app/`)).toBe(true);
			expect(await browser.page.evaluate(() => 'kofuritsu-engine' in window || '__kofuritsuEngine' in window)).toBe(false);
			// Every step of that one worker reached the page; their order is the machine's business, not asserted.
			const steps = ['worker-started', 'wasm-response', 'wasm-compiled', 'duckdb-script-loaded', 'wasm-instantiated'];
			await expect
				.poll(() => browser.page.evaluate((names) => names.map((s) => performance.getEntriesByName(`duckdb-worker:${s}`, 'mark').length), steps), { timeout: 30_000 })
				.toEqual(steps.map(() => 1));
			expect(await browser.page.evaluate(() => performance.getEntriesByName('duckdb-instantiated', 'mark').length)).toBe(1);
			// A comparison with an earlier release is answered by DuckDB (no prerendered view has it).
			await browser.page.selectOption('[data-testid=measure-select]', 'rate_change');
			await browser.page.selectOption('[data-testid=base-select]', '2019-04-01');
			await browser.page.waitForFunction(() => document.querySelector('[data-testid=map-title]')?.textContent?.includes('2019年4月1日から'), null, { timeout: 30_000 });
			expect(browser.foreignRequests).toEqual([]);
		});
	}

	it("stops a worker started for another build's files and starts its own", async () => {
		const workerScripts = await open();
		// The page as another build would have named DuckDB's files (its version differs).
		await browser.context.route(`${server.origin}/`, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/(&quot;version&quot;:&quot;)(\d+)/, '$1other-build');
			await route.fulfill({ response, body });
		});
		await browser.page.goto(`${server.origin}/`);
		await ready();
		expect(workerScripts).toHaveLength(2);
		expect((await browser.page.evaluate(() => performance.getEntriesByName('duckdb-worker:worker-started').length))).toBe(1);
	});

	it('reports a worker that failed before the page listened', async () => {
		await open();
		await browser.context.route(/\/duckdb-worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
		await browser.page.goto(`${server.origin}/`);
		await browser.page.waitForSelector('[data-testid=engine-status][data-state=failed]', { timeout: 60_000 });
		expect(await browser.page.textContent('[data-testid=engine-status]')).toContain('集計エンジンを起動できませんでした');
	});
});
