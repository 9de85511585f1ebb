/** What the outreach planner needs at build time. */
import { NODE_DATA_DIR } from './paths';
import { loadPrefectureShapes } from './shape-source';
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { sharedDataEngine } from './node-engine';
import { listReleases } from '../data/headline';
import { PREFECTURE_PLANNER, MUNICIPAL_SERIES, PREFECTURE_HISTORY, type PlannerRow, type PrefectureHistoryRow, type SeriesRow } from '../sql/queries';
import { groupSeries } from '../data/series';
import { CHOSEN_MODELS, intervalModel, withoutEpisodes } from '../domain/projection-interval';
import type { SeriesPoint } from '../domain/projection';

/** Releases kept per municipality for its projection: enough for the pace over two months and the error scale. */
const SERIES_RELEASES = 6;

export async function loadPlanPage() {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	const municipalities = await engine.query<PlannerRow>(PREFECTURE_PLANNER, [releaseDate, SITE_PREFECTURE]);
	const allSeries = groupSeries(await engine.query<SeriesRow>(MUNICIPAL_SERIES));
	const series: Record<string, SeriesPoint[]> = {};
	for (const m of municipalities) series[m.code6] = (allSeries.get(m.code6) ?? []).filter((p) => p.date <= releaseDate).slice(-SERIES_RELEASES);
	return {
		prefecture: SITE_PREFECTURE,
		releaseDate,
		municipalities,
		series,
		// The municipal projection as /m/ and `npm run project -- --municipalities` make it.
		municipalModel: withoutEpisodes(intervalModel(allSeries.values(), releaseDate, CHOSEN_MODELS.municipality)),
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		// The deployment's prefecture's shapes (another prefecture's are fetched on the client: plan-prefecture.ts).
		shapes: await loadPrefectureShapes(SITE_PREFECTURE)
	};
}
