/**
 * Time from changing the release or the measure to the recoloured map being painted, on `/`
 * with DuckDB-wasm ready: the change event is dispatched, the first fill change on the map is
 * awaited, then the frame that paints it (requestAnimationFrame, then a task after the frame).
 */
import { openContext, type Browser } from '../support/browser';

export interface RecolourTimings {
	measureChangeMs: number[];
	releaseChangeMs: number[];
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
		const releases = ['2022-06-01', '2022-06-30', '2021-01-01', '2019-09-16'];
		const timings: RecolourTimings = { measureChangeMs: [], releaseChangeMs: [] };
		for (let i = 0; i < changes; i++) {
			timings.measureChangeMs.push(await timeChange('[data-testid=measure-select]', measures[i % measures.length]));
			timings.releaseChangeMs.push(await timeChange('[data-testid=release-select]', releases[i % releases.length]));
		}
		return timings;
	} finally {
		await session.close();
	}
}
