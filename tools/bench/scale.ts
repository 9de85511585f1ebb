/**
 * The scale run: the map's and the ranking's queries on SYNTHETIC data at 10× and 100× the real
 * number of municipal rows, in DuckDB-wasm (the browser's engine, run in Node). Synthetic rows copy
 * the real ones under new codes (code6 + a 3-digit suffix), so each query touches k times the rows.
 * Each query is timed as its consumer in the browser runs it: the query, its result read the way
 * the consumer reads it (row objects, arrow-rows.ts, or columns, arrow-columns.ts), and for the
 * national distribution the dot stacks the strip computes from every row before it draws.
 */
import { GENERATED_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../support/wasm-engine';
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import { stackDots } from '../../src/lib/chart/dot-stack';
import {
	BUREAU_MEASURES,
	HOKKAIDO_MUNICIPAL_RANKING,
	MUNICIPAL_MEASURES,
	MUNICIPALITY_HISTORY,
	NATIONAL_MUNICIPAL_RATES,
	PREFECTURE_HEADLINE,
	type NationalMunicipalRateRow
} from '../../src/lib/sql/queries';
import { summarize, type Summary } from './stats';

export interface ScaleResult {
	factor: number;
	municipalRows: number;
	queries: Record<string, Summary>;
	/** Rows (or municipalities) each query returned at this factor. */
	returned: Record<string, number>;
}

interface ScaleQuery {
	name: string;
	/** Who reads it and how: what the timing includes besides the query. */
	consumer: string;
	/** Runs the query as its consumer does; returns how many rows it read. */
	run(engine: ColumnQueryEngine): Promise<number>;
}

const rows = (name: string, consumer: string, sql: string, params: (string | null)[]): ScaleQuery => ({
	name,
	consumer: `${consumer}: row objects`,
	run: async (engine) => (await engine.query(sql, params)).length
});

/** The strip's bins, one point of rate each (MunicipalStrip.svelte). */
const STRIP_BIN_WIDTH = 1;

export const SCALE_QUERIES: ScaleQuery[] = [
	rows('MUNICIPAL_MEASURES', 'map /, a release imported in the browser (readReleaseView)', MUNICIPAL_MEASURES, ['2022-06-30', '2022-06-01']),
	rows('BUREAU_MEASURES', 'map /, the same release view', BUREAU_MEASURES, ['2022-06-30', '2022-06-01']),
	rows('PREFECTURE_HEADLINE', 'map /, the same release view', PREFECTURE_HEADLINE, ['2022-06-30', '北海道']),
	rows('MUNICIPALITY_HISTORY', '/m/ pages at build (Node engine), timed here in DuckDB-wasm', MUNICIPALITY_HISTORY, ['011002000']),
	// The other queries that return every municipality: Hokkaido's ranking and the national distribution.
	rows('HOKKAIDO_MUNICIPAL_RANKING', '/m/ pages at build (Node engine), timed here in DuckDB-wasm', HOKKAIDO_MUNICIPAL_RANKING, ['2022-06-30']),
	{
		name: 'NATIONAL_MUNICIPAL_RATES',
		consumer: '全国比較 /ranking/, a release imported in the browser: columns, then the dot stacks of every municipality',
		run: async (engine) => stackDots((await engine.queryColumns<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, ['2022-06-30'])).rate, STRIP_BIN_WIDTH).bin.length
	}
];

/** The queries that return every municipality (the 250 ms budget at 100×); the others return a few rows. */
export const EVERY_MUNICIPALITY_QUERIES = ['MUNICIPAL_MEASURES', 'HOKKAIDO_MUNICIPAL_RANKING', 'NATIONAL_MUNICIPAL_RATES'];

export async function runScale(factors: number[], repeats: number, progress: (text: string) => void = () => {}): Promise<ScaleResult[]> {
	const results: ScaleResult[] = [];
	for (const factor of factors) {
		progress(`scale run: ${factor}× the rows`);
		const engine = await openWasmEngine(GENERATED_DATA_DIR);
		try {
			// Replace the two municipal tables by k synthetic copies each (k = 0 … factor−1).
			await engine.query(`CREATE TABLE synthetic_issuance AS
				SELECT release_date, code6 || lpad(k::VARCHAR, 3, '0') AS code6, population, cards, published_rate, population_base_date, cards_base_date
				FROM municipal_issuance, range(${factor}) r(k)`);
			await engine.query(`CREATE TABLE synthetic_municipalities AS
				SELECT code6 || lpad(k::VARCHAR, 3, '0') AS code6, code5, name || '#' || k AS name, prefecture, pref_code, bureau
				FROM municipalities, range(${factor}) r(k)`);
			await engine.query('DROP TABLE municipal_issuance');
			await engine.query('DROP TABLE municipalities');
			await engine.query('ALTER TABLE synthetic_issuance RENAME TO municipal_issuance');
			await engine.query('ALTER TABLE synthetic_municipalities RENAME TO municipalities');
			const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM municipal_issuance');
			const queries: Record<string, Summary> = {};
			const returned: Record<string, number> = {};
			for (const { name, run } of SCALE_QUERIES) {
				const times: number[] = [];
				for (let i = 0; i < repeats; i++) {
					const t0 = performance.now();
					returned[name] = await run(engine);
					times.push(performance.now() - t0);
				}
				queries[name] = summarize(times);
			}
			results.push({ factor, municipalRows: n, queries, returned });
		} finally {
			await engine.close();
		}
	}
	return results;
}

/** The scale run as the bench prints it: median ms per query and factor, then who reads each query and how. */
export function scaleTable(scale: ScaleResult[]): string[] {
	const names = SCALE_QUERIES.map((q) => q.name);
	const largest = scale.at(-1);
	return [
		'scale run (SYNTHETIC copies of the real rows, DuckDB-wasm in Node), median ms per query as its consumer runs it:',
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
