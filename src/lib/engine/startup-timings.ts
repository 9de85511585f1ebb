/**
 * The DuckDB worker's start-up steps, as marks on the page's own timeline: the worker's
 * performance.mark() is invisible to the page (and to `npm run bench`), so the worker posts each
 * step's time on a BroadcastChannel and the page marks it as `duckdb-worker:<step>`.
 * Times travel as wall-clock milliseconds (timeOrigin + now), since the two timelines differ.
 * The worker may start before the page listens (app.html starts it while the HTML is parsed), so
 * every post carries all steps so far; the page marks each step once.
 */
const CHANNEL = 'kofuritsu-duckdb-startup';

interface StartupStep {
	step: string;
	wallMs: number;
}

/** In the worker: a function that records a step with the time it is called and posts all steps so far. */
export function startupTimer(): (step: string) => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	const steps: StartupStep[] = [];
	return (step) => {
		steps.push({ step, wallMs: performance.timeOrigin + performance.now() });
		channel.postMessage(steps);
	};
}

/** The worker's last step: the page stops listening once it has marked it. */
export const LAST_STARTUP_STEP = 'wasm-instantiated';

/** In the page: marks every step the worker posts, until the last one or until the returned function is called. */
export function markStartupSteps(): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = ({ data }: MessageEvent<StartupStep[]>) => {
		if (!Array.isArray(data)) return;
		for (const { step, wallMs } of data) {
			const name = `duckdb-worker:${step}`;
			if (typeof wallMs !== 'number' || performance.getEntriesByName(name, 'mark').length) continue;
			performance.mark(name, { startTime: Math.max(0, wallMs - performance.timeOrigin) });
		}
		if (data.some((s) => s?.step === LAST_STARTUP_STEP)) channel.close();
	};
	return () => channel.close();
}
