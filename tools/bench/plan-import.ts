/**
 * The planner with 5,000 invented events: time from choosing the plan file to the list showing
 * them all, then from a change of 振興局 to the next frame after it (the list, calendar, map,
 * budget and priority table all follow the filter).
 */
import { openContext, type Browser, type Page } from '../support/browser';
import { manyEvents, municipalityCodes } from '../support/plan-fixture';

export interface PlanTimings {
	events: number;
	importMs: number;
	filterMs: number[];
}

export async function measurePlanImport(browser: Browser, origin: string, changes: number, events = 5000): Promise<PlanTimings> {
	const session = await openContext(browser, origin);
	try {
		const page = session.page;
		await page.goto(`${origin}/plan/`);
		await page.waitForSelector('[data-testid=event-new]');
		const codes = await municipalityCodes(page);
		const file = { schema: 'kofuritsu-plan', version: 1, exportedAt: '2022-07-01T00:00:00.000Z', budget: null, events: manyEvents(events, codes), deleted: [] };
		const start = Date.now();
		await page.setInputFiles('[data-testid=plan-import]', { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await page.waitForFunction((n) => document.querySelector('#events-title')?.textContent?.includes(`${n}件`), events, { timeout: 120_000 });
		const importMs = Date.now() - start;
		const filterMs = await timeFilterChanges(page, '[data-testid=plan-bureau]', changes);
		return { events, importMs, filterMs };
	} finally {
		await session.close();
	}
}

/** `changes` changes of a bureau filter (a bureau, then all, in turn), each timed to the next frame after it. */
export async function timeFilterChanges(page: Page, selector: string, changes: number): Promise<number[]> {
	const bureaus = await page.$$eval(`${selector} option`, (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
	const filterMs: number[] = [];
	for (let i = 0; i < changes; i++) {
		const value = i % 2 ? '' : bureaus[i % bureaus.length];
		filterMs.push(
			await page.evaluate(
				([sel, v]) =>
					new Promise<number>((resolve) => {
						const select = document.querySelector(sel) as HTMLSelectElement;
						const t0 = performance.now();
						select.value = v;
						select.dispatchEvent(new Event('change', { bubbles: true }));
						requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
					}),
				[selector, value] as const
			)
		);
	}
	return filterMs;
}
