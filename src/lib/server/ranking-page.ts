/** What the national ranking (全国比較) and the executive summary need at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { NODE_DATA_DIR, SITE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases } from '../data/headline';
import { japanShapes } from '../map/japan-shapes';
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import {
	NATIONAL_MUNICIPAL_RATES,
	PREFECTURE_LEVERS,
	PREFECTURE_HISTORY,
	PREFECTURE_HISTORY_HELD,
	type PrefectureLeverRow,
	type NationalMunicipalRateRow,
	type PrefectureHistoryRow
} from '../sql/queries';

export async function loadRankingPage() {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	const topology = JSON.parse(readFileSync(join(SITE_DATA_DIR, 'prefectures.topo.json'), 'utf8')) as Topology;
	return {
		releases,
		releaseDate,
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		// Cards held (保有枚数) from the build's store: its own ranking, never mixed with issued cards.
		heldHistory: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY_HELD),
		// Column by column, as the page reads it (and a third of the bytes of row objects in the page's data).
		municipalities: await engine.queryColumns<NationalMunicipalRateRow>(NATIONAL_MUNICIPAL_RATES, [releaseDate]),
		japan: japanShapes(topology)
	};
}

export async function loadSummaryPage() {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	return {
		releases,
		releaseDate,
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		heldHistory: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY_HELD),
		levers: await engine.query<PrefectureLeverRow>(PREFECTURE_LEVERS, [releaseDate])
	};
}
