import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptEarlyStart, earlyStartPlan, engineWorkerName, type EarlyStart, type EarlyStartPlan } from './engine-early-start';
import { cacheNameFor } from './wasm-cache';

/** The inline script of src/app.html that starts the worker early. */
const appHtml = readFileSync('src/app.html', 'utf8');
const earlyScript = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body).find((body) => body.includes('kofuritsu-engine'))!;

interface Started {
	url: string;
	name: string;
}

/** Runs the inline script as the browser would, on a page at `pageUrl` whose head holds `plan`. */
function runEarlyScript(pageUrl: string, plan: EarlyStartPlan | null) {
	const started: Started[] = [];
	const window: { __kofuritsuEngine?: EarlyStart & { worker: Started } } = {};
	class Worker {
		constructor(url: string, options: { name: string }) {
			started.push({ url, name: options.name });
		}
		addEventListener() {}
	}
	const document = { querySelector: (selector: string) => (selector === 'meta[name="kofuritsu-engine"]' && plan ? { content: JSON.stringify(plan) } : null) };
	runInNewContext(earlyScript, { window, document, location: { href: pageUrl }, Worker, URL, URLSearchParams, JSON, String });
	return { started, early: window.__kofuritsuEngine };
}

describe('the early start in app.html', () => {
	it('starts the worker the page would start, with the same name, on the top page and in a sub-folder', () => {
		for (const [pageUrl, base] of [
			['https://intra.example.lg.jp/kofuritsu/', '.'],
			['https://intra.example.lg.jp/share/kofuritsu/m/011002/', '../..']
		]) {
			const plan = earlyStartPlan(base, '1795869897291');
			const { started, early } = runEarlyScript(pageUrl, plan);
			expect(started).toHaveLength(1);
			const absolute = (path: string) => new URL(path, pageUrl).href;
			const site = absolute(plan.site);
			expect(site).toMatch(/\/kofuritsu\/$/);
			// What engine-prestart.ts computes for the same page: adoption compares exactly this.
			expect(started[0].name).toBe(engineWorkerName(absolute(plan.wasm), absolute(plan.duckdb), cacheNameFor(site, '1795869897291')));
			expect(started[0].url).toBe(absolute(plan.worker));
			expect(early?.name).toBe(started[0].name);
			expect(early?.error).toBeNull();
		}
	});

	it('does nothing on pages that do not ask for it', () => {
		const { started, early } = runEarlyScript('https://intra.example.lg.jp/kofuritsu/plan/', null);
		expect(started).toHaveLength(0);
		expect(early).toBeUndefined();
	});

	it('never throws on a broken hint (the page then starts DuckDB itself)', () => {
		const { started } = runEarlyScript('https://intra.example.lg.jp/kofuritsu/', { broken: true } as unknown as EarlyStartPlan);
		expect(started).toHaveLength(0);
	});
});

describe('earlyStartPlan', () => {
	it('names every file relative to the page, from its path to the site root', () => {
		const plan = earlyStartPlan('../..', 'v1');
		expect(plan.site).toBe('../../');
		for (const url of [plan.wasm, plan.duckdb, plan.worker]) expect(url.startsWith('../../') || !url.startsWith('/')).toBe(true);
		expect(plan.wasm).toMatch(/duckdb-eh[^/]*\.wasm$/);
		expect(plan.duckdb).toMatch(/duckdb-browser-eh\.worker[^/]*\.js$/);
	});
});

describe('adoptEarlyStart', () => {
	const holder = globalThis as unknown as { __kofuritsuEngine?: unknown };
	afterEach(() => delete holder.__kofuritsuEngine);

	const fakeEarly = (name: string) => {
		const worker = { terminated: false, terminate() {
			this.terminated = true;
		} };
		holder.__kofuritsuEngine = { name, worker, error: null };
		return worker;
	};

	it('takes the early worker once when it is the one the page would start', () => {
		const worker = fakeEarly('a');
		expect(adoptEarlyStart('a')?.worker).toBe(worker);
		expect(worker.terminated).toBe(false);
		expect(adoptEarlyStart('a')).toBeNull();
	});

	it("stops a worker started for other files (another build's page) and leaves the page to start its own", () => {
		const worker = fakeEarly('old build');
		expect(adoptEarlyStart('new build')).toBeNull();
		expect(worker.terminated).toBe(true);
		expect(holder.__kofuritsuEngine).toBeUndefined();
	});

	it('returns nothing when no early start happened', () => {
		expect(adoptEarlyStart('a')).toBeNull();
	});
});
