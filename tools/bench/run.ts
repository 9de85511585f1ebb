/**
 * `npm run bench`: builds the site (timed), serves it on 127.0.0.1 with gzip as a real server
 * would, and measures in Debian Chromium with a cold cache: map visible, bytes, DuckDB ready,
 * recolour latency, the same page built the common way, and a synthetic scale run. Then `/` on a
 * phone's viewport, a second (warm) visit kept by the service worker, and a cold load through a
 * 20 Mbit/s, 40 ms link from a server that sends .wasm uncompressed (most intranet servers).
 * Prints a table and writes bench-results/latest.json. Not a test: it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDirectory } from '../support/static-server';
import { launchBrowser } from '../support/browser';
import { measureLoad, type LoadMetrics } from './page-load';
import { measureRecolour } from './recolour';
import { measurePlanImport } from './plan-import';
import { hqLine, measureHqLoad } from './plan-hq';
import { EVERY_MUNICIPALITY_QUERIES, runScale, scaleTable, type ScaleResult } from './scale';
import { runScaleInBrowser } from './scale-browser';
import { summarize, type Summary } from './stats';
import { budgetSummary, checkBudgets } from './budgets';
import { benchPrefectureMaps } from './prefecture-maps';

const args = new Set(process.argv.slice(2));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
/** Runs of the slower scenarios (throttled cold load, warm visit, phone). */
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const BUILD_DIR = process.env.BENCH_BUILD_DIR ?? 'build';
const PHONE = { width: 390, height: 844 };
const INTRANET_LINK = { kbitPerSecond: 20_000, roundTripMs: 40 };
const OUT_DIR = resolve('bench-results');
const STARTED = performance.now();

/** A progress line on stderr, so a run of a minute or more is never silent (the table goes to stdout). */
function progress(text: string): void {
	process.stderr.write(`  [${((performance.now() - STARTED) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);
}

function timeBuild(): number | null {
	if (args.has('--no-build')) return null;
	progress('npm run build (data included)…');
	const t0 = performance.now();
	const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error('npm run build に失敗しました');
	return (performance.now() - t0) / 1000;
}

function loadSummary(runs: LoadMetrics[]) {
	const pick = (f: (m: LoadMetrics) => number | null) => summarize(runs.map(f).filter((v): v is number => v != null));
	return {
		mapVisibleMs: pick((m) => m.mapVisibleMs),
		fcpMs: pick((m) => m.fcpMs),
		lcpMs: pick((m) => m.lcpMs),
		duckdbReadyMs: pick((m) => m.duckdbReadyMs),
		bytesBeforeMap: pick((m) => m.bytesBeforeMap),
		bytesTotal: pick((m) => m.bytesTotal),
		wasmFetchedBeforeMap: runs.some((m) => m.wasmFetchedBeforeMap),
		workerStartedMs: pick((m) => m.workerStartedMs),
		wasmCompiledMs: pick((m) => m.wasmCompiledMs),
		duckdbStartMs: pick((m) => m.duckdbStartMs),
		duckdbInstantiatedMs: pick((m) => m.duckdbInstantiatedMs),
		duckdbTablesMs: pick((m) => m.duckdbTablesMs),
		wasmBytes: pick((m) => m.wasmBytes),
		wasmRequests: pick((m) => m.wasmRequests),
		foreignRequests: [...new Set(runs.flatMap((m) => m.foreignRequests))]
	};
}

const fmt = (s: Summary, unit = 'ms', scale = 1) =>
	`${(s.median / scale).toFixed(unit === 'KB' ? 1 : 0)} ${unit} (p95 ${(s.p95 / scale).toFixed(unit === 'KB' ? 1 : 0)}, ${(s.min / scale).toFixed(unit === 'KB' ? 1 : 0)}–${(s.max / scale).toFixed(unit === 'KB' ? 1 : 0)})`;

async function main() {
	const buildSeconds = timeBuild();
	if (buildSeconds != null) progress(`built in ${buildSeconds.toFixed(1)} s`);
	const server = await serveDirectory(BUILD_DIR, { gzip: true, lastModified: true });
	const intranet = await serveDirectory(BUILD_DIR, { gzip: true, rawWasm: true, lastModified: true });
	// One running browser, as a user's would be; every load gets a new context with an empty cache.
	const browser = await launchBrowser();
	try {
		// One warm-up load each, so the server's gzip cache is filled; the browser starts cold every run.
		progress('warm-up loads of / and the common way');
		await measureLoad(browser, server.origin, '/', true);
		await measureLoad(browser, server.origin, '/bench/common-way/', false);
		const prerendered: LoadMetrics[] = [];
		const common: LoadMetrics[] = [];
		for (let i = 0; i < RUNS; i++) {
			prerendered.push(await measureLoad(browser, server.origin, '/', true));
			common.push(await measureLoad(browser, server.origin, '/bench/common-way/', false));
			progress(`cold load run ${i + 1}/${RUNS} done (/ and the common way)`);
		}
		const phone: LoadMetrics[] = [];
		const warm: LoadMetrics[] = [];
		const throttled: LoadMetrics[] = [];
		for (let i = 0; i < SLOW_RUNS; i++) {
			phone.push(await measureLoad(browser, server.origin, '/', true, { viewport: PHONE }));
			warm.push(await measureLoad(browser, server.origin, '/', true, { warm: true }));
			throttled.push(await measureLoad(browser, intranet.origin, '/', true, { throttle: INTRANET_LINK }));
			progress(`phone / second visit / 20 Mbit/s run ${i + 1}/${SLOW_RUNS} done`);
		}
		progress(`change → painted, ${CHANGES} changes`);
		const recolour = await measureRecolour(browser, server.origin, CHANGES);
		progress('plan, 5,000 events');
		const plan = await measurePlanImport(browser, server.origin, 10);
		progress(hqLine(await measureHqLoad(browser, server.origin)));
		const scale = await runScale([1, 10, 100], 5, progress);
		// The same run in Chromium, as the site's pages run and read their queries.
		const scaleInBrowser = await runScaleInBrowser(browser, [1, 10, 100], 5, progress);
		progress('done; the table follows');

		const ours = loadSummary(prerendered);
		const theirs = loadSummary(common);
		const onPhone = loadSummary(phone);
		const secondVisit = loadSummary(warm);
		const slowLink = loadSummary(throttled);
		const allChanges = summarize([...recolour.measureChangeMs, ...recolour.releaseJumpMs, ...recolour.releaseStepMs, ...recolour.bureauFilterMs, ...recolour.viewSwitchMs, ...recolour.hoverMs]);
		const result = {
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
			runs: RUNS,
			buildSeconds,
			prerendered: ours,
			commonWay: theirs,
			phone: onPhone,
			warm: secondVisit,
			throttled: slowLink,
			mapVisibleRatio: ours.mapVisibleMs.median / theirs.mapVisibleMs.median,
			recolour: {
				measureChange: summarize(recolour.measureChangeMs),
				releaseJump: summarize(recolour.releaseJumpMs),
				releaseStep: summarize(recolour.releaseStepMs),
				bureauFilter: summarize(recolour.bureauFilterMs),
				viewSwitch: summarize(recolour.viewSwitchMs),
				hover: summarize(recolour.hoverMs),
				all: allChanges
			},
			plan: { events: plan.events, importMs: plan.importMs, filterChange: summarize(plan.filterMs) },
			scale,
			scaleInBrowser,
			budgets: checkBudgets({
				mapVisibleMedianMs: ours.mapVisibleMs.median,
				commonMapVisibleMedianMs: theirs.mapVisibleMs.median,
				bytesBeforeMapMedian: ours.bytesBeforeMap.median,
				wasmFetchedBeforeMap: ours.wasmFetchedBeforeMap,
				duckdbReadyMedianMs: ours.duckdbReadyMs.median,
				recolourMedianMs: allChanges.median,
				recolourP95Ms: allChanges.p95,
				throttledMapVisibleMedianMs: slowLink.mapVisibleMs.median,
				throttledDuckdbReadyMedianMs: slowLink.duckdbReadyMs.median,
				warmDuckdbReadyMedianMs: secondVisit.duckdbReadyMs.median,
				planFilterMedianMs: summarize(plan.filterMs).median,
				// The slower of the two runs (Node and Chromium) for each query.
				scale100MaxMedianMs: Math.max(...[scale, scaleInBrowser].flatMap((run: ScaleResult[]) => EVERY_MUNICIPALITY_QUERIES.map((q) => run.find((s) => s.factor === 100)!.queries[q].median))),
				buildSeconds
			})
		};
		mkdirSync(OUT_DIR, { recursive: true });
		writeFileSync(join(OUT_DIR, 'latest.json'), JSON.stringify(result, null, 2));

		const lines = [
			`Kofuritsu benchmark — ${result.date}, ${result.machine.cpus} cores, ${RUNS} cold-cache loads each in a running Chromium (median (p95, min–max))`,
			'',
			`                                /  (prerendered)                  common way (draw after DuckDB)`,
			`map visible                     ${fmt(ours.mapVisibleMs).padEnd(34)}${fmt(theirs.mapVisibleMs)}`,
			`first contentful paint          ${fmt(ours.fcpMs).padEnd(34)}${fmt(theirs.fcpMs)}`,
			`largest contentful paint        ${fmt(ours.lcpMs).padEnd(34)}${fmt(theirs.lcpMs)}`,
			`bytes before map visible        ${fmt(ours.bytesBeforeMap, 'KB', 1000).padEnd(34)}${fmt(theirs.bytesBeforeMap, 'KB', 1000)}`,
			`bytes in total                  ${fmt(ours.bytesTotal, 'KB', 1000).padEnd(34)}${fmt(theirs.bytesTotal, 'KB', 1000)}`,
			`DuckDB ready                    ${fmt(ours.duckdbReadyMs)}`,
			`  worker started (early script) ${fmt(ours.workerStartedMs)}`,
			`  page script asks for DuckDB   ${fmt(ours.duckdbStartMs)}`,
			`  wasm compiled (in the worker) ${fmt(ours.wasmCompiledMs)}`,
			`  DuckDB instantiated           ${fmt(ours.duckdbInstantiatedMs)}`,
			`  tables loaded                 ${fmt(ours.duckdbTablesMs)}`,
			`map visible ratio (/ ÷ common)  ${result.mapVisibleRatio.toFixed(3)}`,
			'',
			`/ in ${SLOW_RUNS} runs each:     phone 390×844 (cold)              second visit (warm)               cold, 20 Mbit/s + 40 ms, .wasm sent uncompressed`,
			...(
				[
					['map visible', (l: typeof ours) => fmt(l.mapVisibleMs)],
					['DuckDB worker started', (l: typeof ours) => fmt(l.workerStartedMs)],
					['DuckDB start (page script)', (l: typeof ours) => fmt(l.duckdbStartMs)],
					['DuckDB wasm compiled', (l: typeof ours) => fmt(l.wasmCompiledMs)],
					['DuckDB instantiated', (l: typeof ours) => fmt(l.duckdbInstantiatedMs)],
					['DuckDB tables loaded', (l: typeof ours) => fmt(l.duckdbTablesMs)],
					['DuckDB ready', (l: typeof ours) => fmt(l.duckdbReadyMs)],
					['bytes in total', (l: typeof ours) => fmt(l.bytesTotal, 'KB', 1000)],
					['wasm bytes over the network', (l: typeof ours) => fmt(l.wasmBytes, 'KB', 1000)],
					['wasm requests over the network', (l: typeof ours) => String(l.wasmRequests.median)]
				] as const
			).map(([label, f]) => `  ${label.padEnd(30)}${f(onPhone).padEnd(34)}${f(secondVisit).padEnd(34)}${f(slowLink)}`),
			'',
			'change → painted:',
			`  measure (${result.recolour.measureChange.n})                   ${fmt(result.recolour.measureChange)}`,
			`  release, jump (${result.recolour.releaseJump.n})               ${fmt(result.recolour.releaseJump)}`,
			`  release, step ◀ (${result.recolour.releaseStep.n})             ${fmt(result.recolour.releaseStep)}`,
			`  振興局 filter (${result.recolour.bureauFilter.n})               ${fmt(result.recolour.bureauFilter)}`,
			`  view 地図↔タイル (${result.recolour.viewSwitch.n})            ${fmt(result.recolour.viewSwitch)}`,
			`  hover (${result.recolour.hover.n})                      ${fmt(result.recolour.hover)}`,
			`  all changes                    ${fmt(allChanges)}`,
			'',
			`plan with ${plan.events} invented events: import → listed ${plan.importMs} ms; 振興局 change → next frame ${fmt(result.plan.filterChange)}`,
			'',
			...(await benchPrefectureMaps(browser, server.origin, SLOW_RUNS, progress)),
			'',
			...scaleTable(scale),
			...scaleTable(scaleInBrowser, 'DuckDB-wasm in Chromium: worker, results read on the main thread'),
			'',
			...(buildSeconds != null ? [`npm run build (data included): ${buildSeconds.toFixed(1)} s`, ''] : []),
			'budgets:',
			...result.budgets.map((b) => `  ${b.met ? 'met   ' : 'MISSED'}  ${b.name.padEnd(36)} ${b.measured.padEnd(12)} budget ${b.budget}`),
			'',
			`requests outside the origin: ${[ours, theirs, onPhone, secondVisit, slowLink].reduce((n, l) => n + l.foreignRequests.length, 0)}`,
			`written to ${join(OUT_DIR, 'latest.json')}`,
			'',
			budgetSummary(result.budgets)
		];
		console.log(lines.join('\n'));
	} finally {
		await browser.close();
		await server.close();
		await intranet.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
