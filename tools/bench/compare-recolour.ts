/**
 * Change → painted for two or more builds, interleaved in one browser (same machine, same minutes):
 * `npx tsx tools/bench/compare-recolour.ts <build-dir> [<build-dir> …]` (env CHANGES, default 40;
 * ROUNDS, default 1). Prints median (p95) per kind of change for each round and over all rounds,
 * measured by `measureRecolour` as `npm run bench` does. For a before/after on a shared machine.
 */
import { serveDirectory } from '../support/static-server';
import { launchBrowser } from '../support/browser';
import { measureRecolour, type RecolourTimings } from './recolour';
import { summarize } from './stats';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['build'];
const CHANGES = Number(process.env.CHANGES ?? 40);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const KINDS: (keyof RecolourTimings)[] = ['measureChangeMs', 'releaseJumpMs', 'releaseStepMs', 'bureauFilterMs', 'viewSwitchMs', 'hoverMs'];

function line(timings: RecolourTimings): string {
	const kinds = KINDS.map((k) => {
		const s = summarize(timings[k]);
		return `${k.replace('Ms', '')} ${s.median.toFixed(0)} (${s.p95.toFixed(0)})`;
	});
	const all = summarize(KINDS.flatMap((k) => timings[k]));
	return `${kinds.join('  ')}  all ${all.median.toFixed(0)} (${all.p95.toFixed(0)})`;
}

async function main() {
	const servers = await Promise.all(dirs.map((d) => serveDirectory(d, { gzip: true, lastModified: true })));
	const browser = await launchBrowser();
	const totals = dirs.map(() => Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as unknown as RecolourTimings);
	try {
		for (let round = 1; round <= ROUNDS; round++) {
			for (const [i, dir] of dirs.entries()) {
				const timings = await measureRecolour(browser, servers[i].origin, CHANGES);
				for (const k of KINDS) totals[i][k].push(...timings[k]);
				console.log(`round ${round} ${dir}: ${line(timings)}`);
			}
		}
		for (const [i, dir] of dirs.entries()) console.log(`all rounds ${dir}: ${line(totals[i])}`);
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => s.close()));
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
