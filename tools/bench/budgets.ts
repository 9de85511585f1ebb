/** The performance budgets of the dashboard (issue: measure it in a real browser) and their check. */
export interface BudgetCheck {
	name: string;
	measured: string;
	budget: string;
	met: boolean;
}

export interface BenchFigures {
	mapVisibleMedianMs: number;
	commonMapVisibleMedianMs: number;
	bytesBeforeMapMedian: number;
	wasmFetchedBeforeMap: boolean;
	duckdbReadyMedianMs: number;
	recolourMedianMs: number;
	/** `/` cold through 20 Mbit/s + 40 ms from a server that sends .wasm uncompressed. */
	throttledMapVisibleMedianMs: number;
	throttledDuckdbReadyMedianMs: number;
	/** `/` on a second visit, kept by the service worker. */
	warmDuckdbReadyMedianMs: number;
	recolourP95Ms: number;
	/** At 100× the rows, the slowest median of the queries that return every municipality. */
	scale100MaxMedianMs: number;
	/** /plan/ with 5,000 events: a change of 振興局 to the next frame. */
	planFilterMedianMs: number;
	buildSeconds: number | null;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

export function checkBudgets(f: BenchFigures): BudgetCheck[] {
	const ratio = f.mapVisibleMedianMs / f.commonMapVisibleMedianMs;
	const checks: BudgetCheck[] = [
		{ name: 'map visible on /', measured: ms(f.mapVisibleMedianMs), budget: '≤ 500 ms', met: f.mapVisibleMedianMs <= 500 },
		{ name: 'map visible vs common way', measured: `× ${ratio.toFixed(3)}`, budget: '≤ × 0.25', met: ratio <= 0.25 },
		{ name: 'bytes before map visible', measured: `${(f.bytesBeforeMapMedian / 1000).toFixed(1)} KB`, budget: '≤ 300 KB', met: f.bytesBeforeMapMedian <= 300_000 },
		{ name: 'wasm fetched only after the map', measured: f.wasmFetchedBeforeMap ? 'before' : 'after', budget: 'after', met: !f.wasmFetchedBeforeMap },
		{ name: 'DuckDB ready', measured: ms(f.duckdbReadyMedianMs), budget: '≤ 1500 ms', met: f.duckdbReadyMedianMs <= 1500 },
		{ name: 'map visible, 20 Mbit/s cold', measured: ms(f.throttledMapVisibleMedianMs), budget: '≤ 1500 ms', met: f.throttledMapVisibleMedianMs <= 1500 },
		{ name: 'DuckDB ready, 20 Mbit/s cold', measured: ms(f.throttledDuckdbReadyMedianMs), budget: '≤ 6000 ms', met: f.throttledDuckdbReadyMedianMs <= 6000 },
		{ name: 'DuckDB ready, second visit', measured: ms(f.warmDuckdbReadyMedianMs), budget: '≤ 600 ms', met: f.warmDuckdbReadyMedianMs <= 600 },
		{ name: 'change → painted, median', measured: ms(f.recolourMedianMs), budget: '≤ 16 ms', met: f.recolourMedianMs <= 16 },
		{ name: 'change → painted, p95', measured: ms(f.recolourP95Ms), budget: '≤ 50 ms', met: f.recolourP95Ms <= 50 },
		{ name: 'plan, 5,000 events: filter change', measured: ms(f.planFilterMedianMs), budget: '≤ 200 ms', met: f.planFilterMedianMs <= 200 },
		{ name: '100× data, every-municipality query', measured: ms(f.scale100MaxMedianMs), budget: '≤ 250 ms', met: f.scale100MaxMedianMs <= 250 }
	];
	if (f.buildSeconds != null) checks.push({ name: 'npm run build (data included)', measured: `${f.buildSeconds.toFixed(1)} s`, budget: '≤ 90 s', met: f.buildSeconds <= 90 });
	return checks;
}

/** One plain line: every budget met, or how many were missed and which, with figure and budget. */
export function budgetSummary(checks: BudgetCheck[]): string {
	const missed = checks.filter((c) => !c.met);
	if (!missed.length) return `budgets: all ${checks.length} met`;
	return `budgets: ${missed.length} of ${checks.length} MISSED — ${missed.map((c) => `${c.name} ${c.measured} (budget ${c.budget})`).join('; ')}`;
}
