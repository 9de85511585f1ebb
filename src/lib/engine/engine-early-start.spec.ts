import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptEarlyStart, earlyStartPlan, engineWorkerName, type EarlyStart, type EarlyStartPlan } from './engine-early-start';
import { cacheNameFor } from './wasm-cache';
import { prefectureStartHint, type PrefectureStartHint } from '../map/prefecture-start-hint';

/** The inline script of src/app.html that starts the worker early. */
const appHtml = readFileSync('src/app.html', 'utf8');
const earlyScript = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body).find((body) => body.includes('kofuritsu-engine'))!;

interface Started {
	url: string;
	name: string;
}

/** Runs the inline script as the browser would, on a page at `pageUrl` whose head holds `plan`. */
function runEarlyScript(pageUrl: string, plan: EarlyStartPlan | null, prefectures: PrefectureStartHint | null = null) {
	const started: Started[] = [];
	const window: { __kofuritsuEngine?: EarlyStart & { worker: Started } } = {};
	class Worker {
		constructor(url: string, options: { name: string }) {
			started.push({ url, name: options.name });
		}
		addEventListener() {}
	}
	const metas: Record<string, unknown> = { 'meta[name="kofuritsu-engine"]': plan, 'meta[name="kofuritsu-prefecture-start"]': prefectures };
	const document = { querySelector: (selector: string) => (metas[selector] ? { content: JSON.stringify(metas[selector]) } : null) };
	runInNewContext(earlyScript, { window, document, location: { href: pageUrl, search: new URL(pageUrl).search }, Worker, URL, URLSearchParams, JSON, String });
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

describe("the early start for another prefecture's map", () => {
	const plan = earlyStartPlan('.', '1795869897291');
	const hint = prefectureStartHint('.', '北海道');
	it('starts no worker when ?pref= names another of the 47: its map is drawn first', () => {
		expect(runEarlyScript('https://intra.example.lg.jp/?pref=%E6%9D%B1%E4%BA%AC%E9%83%BD', plan, hint).started).toEqual([]);
	});
	it("starts it for the deployment's own prefecture, an unknown name, or a page without the hint", () => {
		expect(runEarlyScript('https://intra.example.lg.jp/?pref=%E5%8C%97%E6%B5%B7%E9%81%93', plan, hint).started).toHaveLength(1);
		expect(runEarlyScript('https://intra.example.lg.jp/?pref=%E6%9D%B1%E4%BA%AC', plan, hint).started).toHaveLength(1);
		expect(runEarlyScript('https://intra.example.lg.jp/ranking/?pref=%E6%9D%B1%E4%BA%AC%E9%83%BD', plan, null).started).toHaveLength(1);
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
