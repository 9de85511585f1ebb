import { afterEach, describe, expect, it } from 'vitest';
import { markStartupSteps, startupTimer } from './startup-timings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const marks = () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('duckdb-worker:'));

describe('startup timings', () => {
	afterEach(() => performance.clearMarks());

	it("marks every worker step once on the page's timeline, including steps posted before the page listened", async () => {
		const step = startupTimer();
		step('worker-started'); // before the page listens: carried by the next post
		await settle();
		const stop = markStartupSteps();
		const before = performance.now();
		step('wasm-compiled');
		step('wasm-instantiated');
		await settle();
		stop();
		expect(marks().map((m) => m.name)).toEqual(['duckdb-worker:worker-started', 'duckdb-worker:wasm-compiled', 'duckdb-worker:wasm-instantiated']);
		// Times are the worker's own (wall clock), not when the page heard of them.
		const [started, compiled] = marks();
		expect(started.startTime).toBeLessThan(before);
		expect(compiled.startTime).toBeGreaterThanOrEqual(before - 1);
	});

	it("stops listening after the worker's last step", async () => {
		markStartupSteps();
		const step = startupTimer();
		step('wasm-instantiated');
		await settle();
		step('later');
		await settle();
		expect(marks().map((m) => m.name)).toEqual(['duckdb-worker:wasm-instantiated']);
	});

	it('ignores what is not a list of steps, and stops listening when told', async () => {
		const stop = markStartupSteps();
		const other = new BroadcastChannel('kofuritsu-duckdb-startup');
		other.postMessage({ step: 'x', wallMs: 1 });
		other.postMessage([{ step: 'y', wallMs: 'soon' }]);
		await settle();
		stop();
		startupTimer()('after-stop');
		await settle();
		other.close();
		expect(marks()).toEqual([]);
	});
});
