/**
 * The planner's data for a prefecture other than the deployment's, on the client: its shapes from
 * the prerendered `/views/prefecture/<PP>.json`, its planner rows and series from the browser engine
 * (PREFECTURE_PLANNER, MUNICIPAL_SERIES). The national history and the municipal projection's model
 * are the same for every prefecture and are taken from the prerendered page.
 */
import { browserEngine } from '../engine/engine-store';
import { fetchPrefectureStart } from './release-views';
import { MUNICIPAL_SERIES, PREFECTURE_PLANNER, type PlannerRow, type SeriesRow } from '../sql/queries';
import { groupSeries } from '../data/series';
import type { PlanPageData } from '../plan/plan-page.svelte';
import type { HokkaidoShapes } from '../map/hokkaido-shapes';
import type { SeriesPoint } from '../domain/projection';

export type PlanViewData = PlanPageData & { shapes: HokkaidoShapes };

/** Releases kept per municipality for its projection (as src/lib/server/plan-page.ts). */
const SERIES_RELEASES = 6;

export async function loadPlanPrefecture(prefecture: string, site: PlanViewData): Promise<PlanViewData> {
	const [start, engine] = await Promise.all([fetchPrefectureStart(prefecture), browserEngine()]);
	if (!start) throw new Error(`${prefecture}の境界を読み込めませんでした`);
	const municipalities = await engine.query<PlannerRow>(PREFECTURE_PLANNER, [site.releaseDate, prefecture]);
	const codes = new Set(municipalities.map((m) => m.code6));
	const allSeries = groupSeries((await engine.query<SeriesRow>(MUNICIPAL_SERIES)).filter((r) => codes.has(r.id)));
	const series: Record<string, SeriesPoint[]> = {};
	for (const m of municipalities) series[m.code6] = (allSeries.get(m.code6) ?? []).filter((p) => p.date <= site.releaseDate).slice(-SERIES_RELEASES);
	return { ...site, prefecture, municipalities, series, shapes: start.shapes };
}
