/** What `/m/[code]` needs at build time: one municipality's history and standing. */
import { NODE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases } from '../data/headline';
import {
	MUNICIPAL_RANKING_IN_PREFECTURE,
	MUNICIPALITY_HISTORY,
	MUNICIPALITY_STANDING,
	MUNICIPAL_SERIES,
	type MunicipalityHistoryRow,
	type MunicipalityStandingRow,
	type MunicipalRankRow,
	type SeriesRow
} from '../sql/queries';
import { neighboursInRanking } from '../domain/ranking-neighbours';
import { groupSeries } from '../data/series';
import { CHOSEN_MODELS, intervalModel, projectWithInterval, type IntervalModel } from '../domain/projection-interval';
import { deadlinesAfter } from '../domain/deadlines';
import { readMunicipalityHeld } from '../data/municipality-held';
import { readPeerRanks } from '../data/peer-ranks';
import type { PeerRankRow } from '../sql/queries';


let municipalModel: Promise<IntervalModel> | null = null;

/** The interval as every municipality's releases teach it (the same as `npm run project -- --municipalities`). Once per build. */
function municipalIntervalModel(releaseDate: string): Promise<IntervalModel> {
	municipalModel ??= (async () => {
		const engine = await sharedDataEngine(NODE_DATA_DIR);
		return intervalModel(groupSeries(await engine.query<SeriesRow>(MUNICIPAL_SERIES)).values(), releaseDate, CHOSEN_MODELS.municipality);
	})();
	return municipalModel;
}

/** Built once per build and release: every page of a prefecture reads the same ranking and peer ranks. */
const perBuild = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
	if (!perBuild.has(key)) perBuild.set(key, make());
	return perBuild.get(key) as Promise<T>;
}

/** Every municipality's standing in a release (one query for all, instead of one per page). */
function standings(releaseDate: string): Promise<Map<string, MunicipalityStandingRow>> {
	return once(`standing|${releaseDate}`, async () => {
		const engine = await sharedDataEngine(NODE_DATA_DIR);
		return new Map((await engine.query<MunicipalityStandingRow>(MUNICIPALITY_STANDING, [releaseDate, null])).map((s) => [s.code6, s]));
	});
}

/** The code6 of every municipality of the latest release: all 1,741 pages are prerendered. */
export async function listMunicipalityCodes(): Promise<string[]> {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	return [...(await standings((await listReleases(engine)).at(-1)!.release_date)).keys()].sort();
}

export async function loadMunicipalityPage(code6: string) {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releaseDate = (await listReleases(engine)).at(-1)!.release_date;
	const standing = (await standings(releaseDate)).get(code6);
	if (!standing) return null;
	const prefecture = standing.prefecture;
	const history = await engine.query<MunicipalityHistoryRow>(MUNICIPALITY_HISTORY, [code6]);
	const ranking = await once(`ranking|${releaseDate}|${prefecture}`, () => engine.query<MunicipalRankRow>(MUNICIPAL_RANKING_IN_PREFECTURE, [releaseDate, prefecture]));
	const peers = await once(`peers|${releaseDate}|${prefecture}`, () => readPeerRanks(engine, releaseDate, prefecture));
	const series = history.map((h) => ({ date: h.release_date, population: h.population, cards: h.cards }));
	// The next end of September after the release (the national campaign's deadline in 2022).
	const deadline = deadlinesAfter(releaseDate).find((d) => d.label === '9月末')!.date;
	const projection = projectWithInterval(series, deadline, await municipalIntervalModel(releaseDate));
	// Cards held (保有枚数) from the build's store, if any: its own figures and its own line.
	const held = await readMunicipalityHeld(engine, code6);
	return {
		releaseDate,
		standing,
		history,
		held,
		neighbours: neighboursInRanking(ranking, code6, 3),
		projection: { deadline, ...projection },
		peers: (peers as PeerRankRow[]).find((p) => p.code6 === code6) ?? null
	};
}
