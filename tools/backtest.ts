/**
 * `npm run backtest [-- --json] [--level prefecture|municipality]`: for every past cut-off, project every
 * municipality and prefecture to the releases of the next 184 days, with the interval learned only from what was published by
 * the cut-off, and compare with what was published. Per level, method and horizon bucket: cases,
 * mean error (signed: projected − published) and mean absolute error in points of rate, and the
 * coverage and median width of the 90 % interval; for the prefectures, the coverage of the rank
 * ranges. The app uses the method that ranks first (rankModels).
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
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: false, calibrationTarget: 0.95 },
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: false, calibrationTarget: 0.99 },
	{ point: 'recentPace', halfLifeDays: null, medianCorrected: true, calibrationTarget: 0.97 },
	{ point: 'pace60', halfLifeDays: null, medianCorrected: true, calibrationTarget: 0.95 },
	{ point: 'pace60', halfLifeDays: null, medianCorrected: false, calibrationTarget: 0.99 },
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

export async function runBacktest(specs: ModelSpec[] = CANDIDATES, levels: Level[] = ['prefecture', 'municipality']): Promise<BacktestRow[]> {
	const engine = await openDataEngine(NODE_DATA_DIR);
	try {
		const rows: BacktestRow[] = [];
		for (const [level, query] of [['prefecture', PREFECTURE_SERIES], ['municipality', MUNICIPAL_SERIES]] as const) {
			if (!levels.includes(level)) continue;
			// The 47 prefectures are ranked together: their rank ranges are checked too.
			for (const score of backtest(groupSeries(await engine.query<SeriesRow>(query)), specs, 3, level === 'prefecture')) rows.push({ level, ...score });
		}
		return rows;
	} finally {
		await engine.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const only = process.argv.indexOf('--level');
	const levels: Level[] = only > 0 && ['prefecture', 'municipality'].includes(process.argv[only + 1]) ? [process.argv[only + 1] as Level] : ['prefecture', 'municipality'];
	const rows = await runBacktest(CANDIDATES, levels);
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ chosen: { prefecture: modelName(CHOSEN_MODELS.prefecture), municipality: modelName(CHOSEN_MODELS.municipality) }, results: rows }, null, 2));
	} else {
		console.log('Backtest, out of sample: every cut-off release projected to each release published within 184 days after it;');
		console.log('the 90 % interval of each cut-off is learned only from outcomes published by then.');
		console.log('Error in points of rate: mean signed (projected − published) / mean absolute; coverage: share of outcomes inside the interval;');
		console.log('width: median width of the interval (points); ranks: share of published ranks inside the rank range, median span.\n');
		for (const level of levels) {
			const mine = rows.filter((r) => r.level === level);
			console.log(level);
			console.log(`  ${'method'.padEnd(48)} ${'horizon'.padStart(8)} ${'cases'.padStart(7)} ${'signed'.padStart(7)} ${'abs'.padStart(6)} ${'coverage'.padStart(8)} ${'width'.padStart(6)} ${'ranks'.padStart(6)} ${'span'.padStart(4)}`);
			for (const r of mine) {
				const ranks = r.rankCoverage == null ? '' : `${(100 * r.rankCoverage).toFixed(1).padStart(5)}% ${String(r.medianRankSpan).padStart(4)}`;
				console.log(`  ${r.method.padEnd(48)} ${`≤${r.horizonDays}d`.padStart(8)} ${String(r.cases).padStart(7)} ${r.meanErrorPoints.toFixed(3).padStart(7)} ${r.meanAbsErrorPoints.toFixed(3).padStart(6)} ${(100 * r.coverage).toFixed(1).padStart(7)}% ${r.medianWidthPoints.toFixed(2).padStart(6)} ${ranks}`);
			}
			console.log('');
		}
		for (const level of levels) {
			console.log(`Ranking for ${level} (worst distance of coverage from 90 %, then median width, then mean absolute error):`);
			for (const r of rankModels(rows.filter((row) => row.level === level))) console.log(`  ${r.method.padEnd(48)} worst gap ${(100 * r.worstCoverageGap).toFixed(1)} pt, width ${r.meanWidthPoints.toFixed(2)}, mean abs ${r.meanAbsErrorPoints.toFixed(3)}`);
			console.log(`The app uses for ${level}: ${modelName(CHOSEN_MODELS[level])}\n`);
		}
	}
}
