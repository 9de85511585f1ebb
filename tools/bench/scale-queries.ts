/**
 * What the scale run times, shared by the Node run (scale.ts) and the run in Chromium
 * (scale-browser.ts): the synthetic tables and each query as its consumer runs it. No Node imports.
 */
import type { ColumnQueryEngine } from '../../src/lib/sql/engine';
import { stackDots } from '../../src/lib/chart/dot-stack';
import {
	BUREAU_MEASURES,
	MUNICIPAL_RANKING_IN_PREFECTURE,
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

/** Replaces the two municipal tables by k synthetic copies each (k = 0 … factor−1), under new codes. */
export function syntheticTablesSql(factor: number): string[] {
	return [
		`CREATE TABLE synthetic_issuance AS
			SELECT release_date, code6 || lpad(k::VARCHAR, 3, '0') AS code6, population, cards, published_rate, population_base_date, cards_base_date
			FROM municipal_issuance, range(${factor}) r(k)`,
		`CREATE TABLE synthetic_municipalities AS
			SELECT code6 || lpad(k::VARCHAR, 3, '0') AS code6, code5, name || '#' || k AS name, prefecture, pref_code, bureau
			FROM municipalities, range(${factor}) r(k)`,
		'DROP TABLE municipal_issuance',
		'DROP TABLE municipalities',
		'ALTER TABLE synthetic_issuance RENAME TO municipal_issuance',
		'ALTER TABLE synthetic_municipalities RENAME TO municipalities'
	];
}

export interface ScaleQuery {
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
	rows('MUNICIPAL_MEASURES', 'map /, a release imported in the browser (readReleaseView)', MUNICIPAL_MEASURES, ['2022-06-30', '2022-06-01', '北海道']),
	rows('BUREAU_MEASURES', 'map /, the same release view', BUREAU_MEASURES, ['2022-06-30', '2022-06-01', '北海道']),
	rows('PREFECTURE_HEADLINE', 'map /, the same release view', PREFECTURE_HEADLINE, ['2022-06-30', '北海道']),
	rows('MUNICIPALITY_HISTORY', '/m/ pages at build (Node engine), timed here in DuckDB-wasm', MUNICIPALITY_HISTORY, ['011002000']),
	// The other queries that return every municipality: Hokkaido's ranking and the national distribution.
	rows('MUNICIPAL_RANKING_IN_PREFECTURE', '/m/ pages at build (Node engine), timed here in DuckDB-wasm', MUNICIPAL_RANKING_IN_PREFECTURE, ['2022-06-30', '北海道']),
	{
		name: 'NATIONAL_MUNICIPAL_RATES',
		consumer: '全国比較 /ranking/, a release imported in the browser: columns, then the dot stacks of every municipality',
		run: async (engine) => stackDots((await engine.queryColumns<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, ['2022-06-30'])).rate, STRIP_BIN_WIDTH).bin.length
	}
];

/** The queries that return every municipality (the 250 ms budget at 100×); the others return a few rows. */
export const EVERY_MUNICIPALITY_QUERIES = ['MUNICIPAL_MEASURES', 'MUNICIPAL_RANKING_IN_PREFECTURE', 'NATIONAL_MUNICIPAL_RATES'];

/** On an engine holding the site's tables: makes them `factor` times larger, then times each query `repeats` times. */
export async function measureAtScale(engine: ColumnQueryEngine, factor: number, repeats: number): Promise<ScaleResult> {
	for (const statement of syntheticTablesSql(factor)) await engine.query(statement);
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
	return { factor, municipalRows: n, queries, returned };
}
