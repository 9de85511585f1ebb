/** What the national ranking (全国比較) and the executive summary need at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { GENERATED_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases, readHeadline } from '../data/headline';
import { groupSeries } from '../data/series';
import { backtest } from '../domain/backtest';
import { CHOSEN_PROJECTION_METHOD } from '../domain/projection';
import { japanShapes } from '../map/japan-shapes';
import {
	HOKKAIDO_LEVERS,
	NATIONAL_MUNICIPAL_RATES,
	PREFECTURE_HISTORY,
	PREFECTURE_SERIES,
	MUNICIPAL_SERIES,
	type LeverRow,
	type NationalMunicipalRateRow,
	type PrefectureHistoryRow,
	type SeriesRow
} from '../sql/queries';

const intervalWidths = new Map<string, Promise<number>>();

/**
 * The width of the projection interval (points per 30 days of horizon), from the backtest of the
 * chosen method on the prefecture or the municipal series (see `npm run backtest`). Once per build.
 */
export function projectionErrorPer30Days(level: 'prefecture' | 'municipality' = 'prefecture'): Promise<number> {
	let width = intervalWidths.get(level);
	if (!width) {
		width = (async () => {
			const engine = await sharedDataEngine(GENERATED_DATA_DIR);
			const rows = await engine.query<SeriesRow>(level === 'prefecture' ? PREFECTURE_SERIES : MUNICIPAL_SERIES);
			return backtest(groupSeries(rows), [CHOSEN_PROJECTION_METHOD])[0].p90AbsErrorPointsPer30Days;
		})();
		intervalWidths.set(level, width);
	}
	return width;
}

export async function loadRankingPage() {
	const engine = await sharedDataEngine(GENERATED_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	const topology = JSON.parse(readFileSync(join(GENERATED_DATA_DIR, 'prefectures.topo.json'), 'utf8')) as Topology;
	return {
		releases,
		releaseDate,
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		municipalities: await engine.query<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, [releaseDate]),
		japan: japanShapes(topology),
		errorPer30Days: await projectionErrorPer30Days()
	};
}

export async function loadSummaryPage() {
	const engine = await sharedDataEngine(GENERATED_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	const headline = await readHeadline(engine, releaseDate, '北海道', releases.at(-2) ?? null);
	return {
		releases,
		releaseDate,
		bureaus: headline!.bureaus,
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		levers: await engine.query<LeverRow>(HOKKAIDO_LEVERS, [releaseDate]),
		errorPer30Days: await projectionErrorPer30Days()
	};
}
