/**
 * Time from changing the release or the measure to the recoloured map being painted, on `/`
 * with DuckDB-wasm ready: the change event is dispatched, the first fill change on the map is
 * awaited, then the frame that paints it (requestAnimationFrame, then a task after the frame).
 */
import { openContext, type Browser } from '../support/browser';

export interface RecolourTimings {
	measureChangeMs: number[];
	/** Jumps to releases not shown before and not next to one (DuckDB-wasm is queried). */
	releaseJumpMs: number[];
	/** Steps to the previous release, as ◀ or play do (prepared ahead by the page). */
	releaseStepMs: number[];
}

export async function measureRecolour(browser: Browser, origin: string, changes: number): Promise<RecolourTimings> {
	const session = await openContext(browser, origin);
	try {
		await session.page.goto(`${origin}/`);
		await session.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		const timeChange = (selector: string, value: string) =>
			session.page.evaluate(
				([sel, val]) =>
					new Promise<number>((resolve, reject) => {
						const map = document.querySelector('[data-testid=choropleth]')!;
						const select = document.querySelector(sel) as HTMLSelectElement;
						const timeout = setTimeout(() => reject(new Error(`no recolour after ${sel} = ${val}`)), 10_000);
						const observer = new MutationObserver(() => {
							observer.disconnect();
							requestAnimationFrame(() => {
								const channel = new MessageChannel();
								channel.port1.onmessage = () => {
									clearTimeout(timeout);
									resolve(performance.now() - t0);
								};
								channel.port2.postMessage(null);
							});
						});
						observer.observe(map, { attributes: true, subtree: true, attributeFilter: ['fill'] });
						const t0 = performance.now();
						select.value = val;
						select.dispatchEvent(new Event('change', { bubbles: true }));
					}),
				[selector, value] as const
			);
		const measures = ['without_card', 'rate', 'gap_national', 'cards'];
		const releases = await session.page.$$eval('[data-testid=release-select] option', (options) => options.map((o) => (o as HTMLOptionElement).value));
		const timings: RecolourTimings = { measureChangeMs: [], releaseJumpMs: [], releaseStepMs: [] };
		// A user looks at the map between changes; the pause also lets the table (a frame behind) settle.
		const pause = () => session.page.waitForTimeout(300);
		for (let i = 0; i < changes; i++) {
			await pause();
			timings.measureChangeMs.push(await timeChange('[data-testid=measure-select]', measures[i % measures.length]));
		}
		// Back to the rate (a no-op change would never recolour, so only if another measure is shown).
		if ((await session.page.inputValue('[data-testid=measure-select]')) !== 'rate') await timeChange('[data-testid=measure-select]', 'rate');
		// Jumps three releases apart, from the oldest: never shown, never a prepared neighbour.
		const jumps = releases.filter((_, i) => i % 3 === 0 && i < releases.length - 1).slice(0, changes);
		for (const release of jumps) {
			await pause();
			timings.releaseJumpMs.push(await timeChange('[data-testid=release-select]', release));
		}
		await pause();
		await timeChange('[data-testid=release-select]', releases.at(-1)!);
		for (let i = releases.length - 2; i >= Math.max(0, releases.length - 1 - changes); i--) {
			await pause();
			timings.releaseStepMs.push(await timeChange('[data-testid=release-select]', releases[i]));
		}
		return timings;
	} finally {
		await session.close();
	}
}
