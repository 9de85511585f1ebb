/**
 * The scale run in Chromium: the same synthetic tables and queries as scale.ts, in the browser's
 * DuckDB-wasm (worker) with results read on the main thread, as the site's pages read them. The
 * page (scale-browser-page.ts) is built with Vite into a temporary folder beside DuckDB's wasm, its
 * worker and the site's Arrow tables, and served from 127.0.0.1. Needs `npm run data`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { SITE_DATA_DIR } from '../../src/lib/server/paths';
import { serveDirectory } from '../support/static-server';
import type { ScaleResult } from './scale-queries';

const require = createRequire(import.meta.url);

async function buildPage(dir: string): Promise<void> {
	await build({
		configFile: false,
		logLevel: 'warn',
		build: {
			outDir: dir,
			emptyOutDir: false,
			minify: false,
			lib: { entry: resolve('tools/bench/scale-browser-page.ts'), formats: ['es'], fileName: () => 'page.js' }
		}
	});
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	for (const file of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js']) copyFileSync(join(dist, file), join(dir, file));
	mkdirSync(join(dir, 'data'));
	for (const file of readdirSync(SITE_DATA_DIR).filter((f) => f.endsWith('.arrow'))) copyFileSync(join(SITE_DATA_DIR, file), join(dir, 'data', file));
	writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>scale</title><script type="module" src="./page.js"></script>');
}

export async function runScaleInBrowser(browser: Browser, factors: number[], repeats: number, progress: (text: string) => void = () => {}): Promise<ScaleResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'kofuritsu-scale-'));
	try {
		await buildPage(dir);
		const server = await serveDirectory(dir);
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			page.setDefaultTimeout(600_000);
			await page.goto(`${server.origin}/index.html`);
			await page.waitForFunction(() => typeof window.measureAtScale === 'function');
			const results: ScaleResult[] = [];
			for (const factor of factors) {
				progress(`scale run in Chromium: ${factor}× the rows`);
				results.push(await page.evaluate(([f, r]) => window.measureAtScale(f, r), [factor, repeats] as const));
			}
			return results;
		} finally {
			await context.close();
			await server.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
