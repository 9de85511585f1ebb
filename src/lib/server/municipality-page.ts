/** What `/m/[code]` needs at build time: one municipality's history and standing. */
import { NODE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases } from '../data/headline';
import {
	HOKKAIDO_MUNICIPALITIES,
	HOKKAIDO_MUNICIPAL_RANKING,
	MUNICIPALITY_HISTORY,
	MUNICIPALITY_STANDING,
	MUNICIPAL_SERIES,
	type MunicipalityHistoryRow,
	type MunicipalityListRow,
	type MunicipalityStandingRow,
	type MunicipalRankRow,
	type SeriesRow
} from '../sql/queries';
import { neighboursInRanking } from '../domain/ranking-neighbours';
import { groupSeries } from '../data/series';
import { CHOSEN_MODELS, intervalModel, projectWithInterval, type IntervalModel } from '../domain/projection-interval';
import { deadlinesAfter } from '../domain/deadlines';
import { readMunicipalityHeld } from '../data/municipality-held';


let municipalModel: Promise<IntervalModel> | null = null;

/** The interval as every municipality's releases teach it (the same as `npm run project -- --municipalities`). Once per build. */
function municipalIntervalModel(releaseDate: string): Promise<IntervalModel> {
	municipalModel ??= (async () => {
		const engine = await sharedDataEngine(NODE_DATA_DIR);
		return intervalModel(groupSeries(await engine.query<SeriesRow>(MUNICIPAL_SERIES)).values(), releaseDate, CHOSEN_MODELS.municipality);
	})();
	return municipalModel;
}

export async function listHokkaidoMunicipalities(): Promise<MunicipalityListRow[]> {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	return engine.query<MunicipalityListRow>(HOKKAIDO_MUNICIPALITIES);
}

export async function loadMunicipalityPage(code6: string) {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releaseDate = (await listReleases(engine)).at(-1)!.release_date;
	const [standing] = await engine.query<MunicipalityStandingRow>(MUNICIPALITY_STANDING, [releaseDate, code6]);
	if (!standing) return null;
	const history = await engine.query<MunicipalityHistoryRow>(MUNICIPALITY_HISTORY, [code6]);
	const ranking = await engine.query<MunicipalRankRow>(HOKKAIDO_MUNICIPAL_RANKING, [releaseDate]);
	const series = history.map((h) => ({ date: h.release_date, population: h.population, cards: h.cards }));
	// The next end of September after the release (the national campaign's deadline in 2022).
	const deadline = deadlinesAfter(releaseDate).find((d) => d.label === '9月末')!.date;
	const projection = projectWithInterval(series, deadline, await municipalIntervalModel(releaseDate));
	// Cards held (保有枚数) from the build's store, if any: its own figures and its own line.
	const held = await readMunicipalityHeld(engine, code6);
	return { releaseDate, standing, history, held, neighbours: neighboursInRanking(ranking, code6, 3), projection: { deadline, ...projection } };
}
