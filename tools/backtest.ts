/**
 * `npm run backtest`: for every past cut-off, project every municipality and prefecture to the
 * releases of the next 3 months and compare with what was published. Prints the error in points
 * of rate for each method side by side. The app uses the method that scores best here.
 */
import { GENERATED_DATA_DIR } from '../src/lib/server/paths';
import { openDataEngine } from '../src/lib/server/node-engine';
import { MUNICIPAL_SERIES, PREFECTURE_SERIES, type SeriesRow } from '../src/lib/sql/queries';
import { groupSeries } from '../src/lib/data/series';
import { backtest, type BacktestScore } from '../src/lib/domain/backtest';
import { PROJECTION_METHODS, type ProjectionMethod } from '../src/lib/domain/projection';

export const METHODS: ProjectionMethod[] = ['recentPace', 'cardsTrend3', 'naiveRateTrend3'];

export async function runBacktest(): Promise<Record<'prefecture' | 'municipality', BacktestScore[]>> {
	const engine = await openDataEngine(GENERATED_DATA_DIR);
	try {
		return {
			prefecture: backtest(groupSeries(await engine.query<SeriesRow>(PREFECTURE_SERIES)), METHODS),
			municipality: backtest(groupSeries(await engine.query<SeriesRow>(MUNICIPAL_SERIES)), METHODS)
		};
	} finally {
		await engine.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const results = await runBacktest();
	console.log('Backtest: every cut-off release, projected to each release published within 92 days after it.');
	console.log('Absolute error in points of rate (mean / 90th percentile / 90th percentile per 30 days of horizon).\n');
	for (const [level, scores] of Object.entries(results)) {
		console.log(`${level} (${scores[0].cases.toLocaleString('en')} cases)`);
		for (const s of scores) {
			console.log(`  ${s.method.padEnd(16)} ${s.meanAbsErrorPoints.toFixed(3).padStart(7)} ${s.p90AbsErrorPoints.toFixed(3).padStart(7)} ${s.p90AbsErrorPointsPer30Days.toFixed(3).padStart(7)}   ${PROJECTION_METHODS[s.method]}`);
		}
		console.log('');
	}
}
