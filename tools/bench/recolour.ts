/**
 * Time from a change on `/` (DuckDB-wasm ready) to the changed map being painted: the input is
 * dispatched, the first change to the map (a fill, a class, the shapes or the tooltip) is
 * awaited, then the frame that paints it (requestAnimationFrame, then a task after the frame).
 * Changes: measure, release step (◀), release jump (three releases apart, never shown before),
 * 振興局 filter, view switch (地図 ↔ タイル) and hover (tooltip and highlight).
 */
import { openContext, type Browser } from '../support/browser';

export interface RecolourTimings {
	measureChangeMs: number[];
	/** Jumps to releases not shown before and not next to one. */
	releaseJumpMs: number[];
	/** Steps to the previous release with ◀, as a user (or play) does. */
	releaseStepMs: number[];
	bureauFilterMs: number[];
	viewSwitchMs: number[];
	hoverMs: number[];
}

type Action = { kind: 'select'; selector: string; value: string } | { kind: 'click'; selector: string } | { kind: 'hover'; selector: string };

export async function measureRecolour(browser: Browser, origin: string, changes: number): Promise<RecolourTimings> {
	const session = await openContext(browser, origin);
	try {
		await session.page.goto(`${origin}/`);
		await session.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		const timeChange = (action: Action) =>
			session.page.evaluate(
				(action) =>
					new Promise<number>((resolve, reject) => {
						const frame = document.querySelector('[data-testid=choropleth]')!.parentElement!;
						const timeout = setTimeout(() => reject(new Error(`no change on the map after ${JSON.stringify(action)}`)), 10_000);
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
						observer.observe(frame, { attributes: true, childList: true, characterData: true, subtree: true, attributeFilter: ['fill', 'class', 'viewBox', 'style'] });
						const target = document.querySelector(action.selector) as HTMLElement;
						const t0 = performance.now();
						if (action.kind === 'select') {
							(target as HTMLSelectElement).value = action.value;
							target.dispatchEvent(new Event('change', { bubbles: true }));
						} else if (action.kind === 'click') target.click();
						else {
							const box = target.getBoundingClientRect();
							target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
						}
					}),
				action
			);
		const select = (selector: string, value: string) => timeChange({ kind: 'select', selector, value });
		const measures = ['without_card', 'rate', 'gap_national', 'cards'];
		const releases = await session.page.$$eval('[data-testid=release-select] option', (options) => options.map((o) => (o as HTMLOptionElement).value));
		const bureaus = await session.page.$$eval('[data-testid=bureau-select] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		const timings: RecolourTimings = { measureChangeMs: [], releaseJumpMs: [], releaseStepMs: [], bureauFilterMs: [], viewSwitchMs: [], hoverMs: [] };
		// A user looks at the map between changes; the pause also lets the table (deferred) settle.
		const pause = () => session.page.waitForTimeout(300);
		for (let i = 0; i < changes; i++) {
			await pause();
			timings.measureChangeMs.push(await select('[data-testid=measure-select]', measures[i % measures.length]));
		}
		// Back to the rate (a no-op change would never recolour, so only if another measure is shown).
		if ((await session.page.inputValue('[data-testid=measure-select]')) !== 'rate') await select('[data-testid=measure-select]', 'rate');
		// Jumps three releases apart, from the oldest: never shown, never a prepared neighbour.
		const jumps = releases.filter((_, i) => i % 3 === 0 && i < releases.length - 1).slice(0, changes);
		for (const release of jumps) {
			await pause();
			timings.releaseJumpMs.push(await select('[data-testid=release-select]', release));
		}
		await pause();
		await select('[data-testid=release-select]', releases.at(-1)!);
		for (let i = releases.length - 2; i >= Math.max(0, releases.length - 1 - changes); i--) {
			await pause();
			timings.releaseStepMs.push(await timeChange({ kind: 'click', selector: '[data-testid=release-prev]' }));
		}
		for (let i = 0; i < Math.min(changes, bureaus.length * 2); i++) {
			await pause();
			// A bureau, then back to all of Hokkaido.
			timings.bureauFilterMs.push(await select('[data-testid=bureau-select]', i % 2 === 0 ? bureaus[(i / 2) % bureaus.length] : ''));
		}
		for (let i = 0; i < Math.min(changes, 20); i++) {
			await pause();
			timings.viewSwitchMs.push(await timeChange({ kind: 'click', selector: i % 2 === 0 ? '[data-testid=view-tile]' : '[data-testid=view-geo]' }));
		}
		const codes = await session.page.$$eval('[data-testid=choropleth] [data-code][data-has-data=true]', (shapes) => shapes.map((s) => s.getAttribute('data-code')!));
		for (let i = 0; i < changes; i++) {
			await pause();
			timings.hoverMs.push(await timeChange({ kind: 'hover', selector: `[data-testid=choropleth] [data-code="${codes[(i * 7) % codes.length]}"]` }));
		}
		return timings;
	} finally {
		await session.close();
	}
}
