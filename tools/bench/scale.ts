/**
 * The scale run: the map's and the ranking's queries on SYNTHETIC data at 10× and 100× the real
 * number of municipal rows, in DuckDB-wasm (the browser's engine, run in Node). Synthetic rows copy
 * the real ones under new codes (code6 + a 3-digit suffix), so each query touches k times the rows.
 * Each query is timed as its consumer in the browser runs it: the query, its result read the way
 * the consumer reads it (row objects, arrow-rows.ts, or columns, arrow-columns.ts), and for the
 * national distribution the dot stacks the strip computes from every row before it draws.
 */
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../support/wasm-engine';
import { SCALE_QUERIES, measureAtScale, type ScaleResult } from './scale-queries';

export { EVERY_MUNICIPALITY_QUERIES, SCALE_QUERIES } from './scale-queries';

export type { ScaleResult } from './scale-queries';

export async function runScale(factors: number[], repeats: number, progress: (text: string) => void = () => {}): Promise<ScaleResult[]> {
	const results: ScaleResult[] = [];
	for (const factor of factors) {
		progress(`scale run: ${factor}× the rows`);
		const engine = await openWasmEngine(NODE_DATA_DIR);
		try {
			results.push(await measureAtScale(engine, factor, repeats));
		} finally {
			await engine.close();
		}
	}
	return results;
}

/** The scale run as the bench prints it: median ms per query and factor, then who reads each query and how. */
export function scaleTable(scale: ScaleResult[], where = 'DuckDB-wasm in Node'): string[] {
	const names = SCALE_QUERIES.map((q) => q.name);
	const largest = scale.at(-1);
	return [
		`scale run (SYNTHETIC copies of the real rows, ${where}), median ms per query as its consumer runs it:`,
		`  factor  rows        ${names.map((q) => q.padStart(28)).join('')}`,
		...scale.map((s) => `  ${String(s.factor).padStart(4)}×  ${String(s.municipalRows).padEnd(10)}${names.map((q) => s.queries[q].median.toFixed(1).padStart(28)).join('')}`),
		...(largest
			? [
					`  p95 at ${largest.factor}×`.padEnd(19) + names.map((q) => largest.queries[q].p95.toFixed(1).padStart(28)).join(''),
					`  returned at ${largest.factor}×`.padEnd(19) + names.map((q) => String(largest.returned[q]).padStart(28)).join('')
				]
			: []),
		...SCALE_QUERIES.map((q) => `  ${q.name}: ${q.consumer}`)
	];
}
