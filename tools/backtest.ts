/**
 * `npm run backtest [-- --json]`: for every past cut-off, project every municipality and prefecture
 * to the releases of the next 3 months, with the interval learned only from what was published by
 * the cut-off, and compare with what was published. Per level, method and horizon bucket: cases,
 * mean error (signed: projected − published) and mean absolute error in points of rate, and the
 * coverage of the 90 % interval. The app uses the method that ranks first (rankModels).
 */
import { NODE_DATA_DIR } from '../src/lib/server/paths';
import { openDataEngine } from '../src/lib/server/node-engine';
import { MUNICIPAL_SERIES, PREFECTURE_SERIES, type SeriesRow } from '../src/lib/sql/queries';
import { groupSeries } from '../src/lib/data/series';
import { backtest, rankModels, type BucketScore } from '../src/lib/domain/backtest';
import { CHOSEN_MODELS, modelName, type ModelSpec } from '../src/lib/domain/projection-interval';

/** The candidates: the models chosen per level first, then the alternatives they were chosen over. */
export const CANDIDATES: ModelSpec[] = [
	CHOSEN_MODELS.prefecture,
	CHOSEN_MODELS.municipality,
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: false, calibrationTarget: 0.93 },
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: false },
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: true },
	{ point: 'pace60', halfLifeDays: null, medianCorrected: false },
	{ point: 'cardsTrend3', halfLifeDays: null, medianCorrected: false },
	{ point: 'naiveRateTrend3', halfLifeDays: null, medianCorrected: false }
];

export type Level = 'prefecture' | 'municipality';
export interface BacktestRow extends BucketScore {
	level: Level;
}

export async function runBacktest(specs: ModelSpec[] = CANDIDATES): Promise<BacktestRow[]> {
	const engine = await openDataEngine(NODE_DATA_DIR);
	try {
		const rows: BacktestRow[] = [];
		for (const [level, query] of [['prefecture', PREFECTURE_SERIES], ['municipality', MUNICIPAL_SERIES]] as const) {
			for (const score of backtest(groupSeries(await engine.query<SeriesRow>(query)), specs)) rows.push({ level, ...score });
		}
		return rows;
	} finally {
		await engine.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = await runBacktest();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ chosen: { prefecture: modelName(CHOSEN_MODELS.prefecture), municipality: modelName(CHOSEN_MODELS.municipality) }, results: rows }, null, 2));
	} else {
		console.log('Backtest, out of sample: every cut-off release projected to each release published within 92 days after it;');
		console.log('the 90 % interval of each cut-off is learned only from outcomes published by then.');
		console.log('Error in points of rate: mean signed (projected − published) / mean absolute; coverage: share of outcomes inside the interval.\n');
		for (const level of ['prefecture', 'municipality'] as const) {
			const mine = rows.filter((r) => r.level === level);
			console.log(level);
			console.log(`  ${'method'.padEnd(40)} ${'horizon'.padStart(8)} ${'cases'.padStart(7)} ${'signed'.padStart(7)} ${'abs'.padStart(6)} ${'coverage'.padStart(8)}`);
			for (const r of mine) {
				console.log(`  ${r.method.padEnd(40)} ${`≤${r.horizonDays}d`.padStart(8)} ${String(r.cases).padStart(7)} ${r.meanErrorPoints.toFixed(3).padStart(7)} ${r.meanAbsErrorPoints.toFixed(3).padStart(6)} ${(100 * r.coverage).toFixed(1).padStart(7)}%`);
			}
			console.log('');
		}
		for (const level of ['prefecture', 'municipality'] as const) {
			console.log(`Ranking for ${level} (worst distance of coverage from 90 %, then mean absolute error):`);
			for (const r of rankModels(rows.filter((row) => row.level === level))) console.log(`  ${r.method.padEnd(40)} worst gap ${(100 * r.worstCoverageGap).toFixed(1)} pt, mean abs ${r.meanAbsErrorPoints.toFixed(3)}`);
			console.log(`The app uses for ${level}: ${modelName(CHOSEN_MODELS[level])}\n`);
		}
	}
}
