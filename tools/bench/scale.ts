/**
 * The scale run: the map's queries on SYNTHETIC data at 10× and 100× the real number of
 * municipal rows, in DuckDB-wasm (the browser's engine, run in Node). Synthetic rows copy the
 * real ones under new codes (code6 + a 3-digit suffix), so each query touches k times the rows.
 * Timed as the browser runs them: the query and its rows turned into objects (arrow-rows.ts).
 */
import { GENERATED_DATA_DIR } from '../../src/lib/server/paths';
import { openWasmEngine } from '../support/wasm-engine';
import { BUREAU_MEASURES, HOKKAIDO_MUNICIPAL_RANKING, MUNICIPAL_MEASURES, MUNICIPALITY_HISTORY, NATIONAL_MUNICIPAL_RATES, PREFECTURE_HEADLINE } from '../../src/lib/sql/queries';
import { summarize, type Summary } from './stats';

export interface ScaleResult {
	factor: number;
	municipalRows: number;
	queries: Record<string, Summary>;
}

const QUERIES: [string, string, (string | null)[]][] = [
	['MUNICIPAL_MEASURES', MUNICIPAL_MEASURES, ['2022-06-30', '2022-06-01']],
	['BUREAU_MEASURES', BUREAU_MEASURES, ['2022-06-30', '2022-06-01']],
	['PREFECTURE_HEADLINE', PREFECTURE_HEADLINE, ['2022-06-30', '北海道']],
	['MUNICIPALITY_HISTORY', MUNICIPALITY_HISTORY, ['011002000']],
	// The other queries that return every municipality: Hokkaido's ranking and the national distribution.
	['HOKKAIDO_MUNICIPAL_RANKING', HOKKAIDO_MUNICIPAL_RANKING, ['2022-06-30']],
	['NATIONAL_MUNICIPAL_RATES', NATIONAL_MUNICIPAL_RATES, ['2022-06-30']]
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
			for (const [name, sql, params] of QUERIES) {
				const times: number[] = [];
				for (let i = 0; i < repeats; i++) {
					const t0 = performance.now();
					await engine.query(sql, params);
					times.push(performance.now() - t0);
				}
				queries[name] = summarize(times);
			}
			results.push({ factor, municipalRows: n, queries });
		} finally {
			await engine.close();
		}
	}
	return results;
}
