/**
 * Headquarters with fourteen bureaus' plan files of 500 invented events each: time from choosing
 * the fourteen files (one pick) to the combined list naming them all, then from a change of the
 * 振興局 filter to the next frame after it.
 */
import { openContext, type Browser } from '../support/browser';
import { manyEvents, municipalityCodes } from '../support/plan-fixture';
import { timeFilterChanges } from './plan-import';

export interface HqTimings {
	files: number;
	events: number;
	loadMs: number;
	filterMs: number[];
}

export async function measureHqLoad(browser: Browser, origin: string, changes = 10, files = 14, perFile = 500): Promise<HqTimings> {
	const session = await openContext(browser, origin);
	try {
		const page = session.page;
		await page.goto(`${origin}/plan/`);
		const codes = await municipalityCodes(page);
		const bureauOf = new Map(await page.$$eval('[data-testid=plan-bureau] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean).map((b, i) => [i, b] as const)));
		// Each bureau's file: its own events (ids apart), all saved under the one download name.
		const picked = Array.from({ length: files }, (_, f) => {
			const events = manyEvents(perFile, codes).map((e) => ({ ...e, id: `b${f}-${e.id}` }));
			const file = { schema: 'kofuritsu-plan', version: 1, exportedAt: '2022-07-01T00:00:00.000Z', budget: 1_000_000, events, deleted: [], bureau: bureauOf.get(f % bureauOf.size) ?? `bureau-${f}` };
			return { name: 'kofuritsu-plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
		});
		await page.goto(`${origin}/plan/hq/`);
		await page.waitForSelector('[data-testid=hq-files]');
		const start = Date.now();
		await page.setInputFiles('[data-testid=hq-files]', picked);
		await page.waitForFunction((n) => document.querySelector('#hq-events-title')?.textContent?.includes(`${n}件`), files * perFile, { timeout: 120_000 });
		const loadMs = Date.now() - start;
		const filterMs = await timeFilterChanges(page, '[data-testid=hq-bureau]', changes);
		return { files, events: files * perFile, loadMs, filterMs };
	} finally {
		await session.close();
	}
}

/** The line `npm run bench` prints. */
export function hqLine(t: HqTimings): string {
	const sorted = [...t.filterMs].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
	return `headquarters, ${t.files} bureau files × ${t.events / t.files} events: load → listed ${t.loadMs} ms (budget 2,000 ms); 振興局 change → next frame median ${median.toFixed(0)} ms, max ${Math.max(...t.filterMs).toFixed(0)} ms (budget 200 ms)`;
}
