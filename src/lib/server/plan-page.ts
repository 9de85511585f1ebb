/** What the outreach planner needs at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { NODE_DATA_DIR, SITE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases } from '../data/headline';
import { hokkaidoShapes } from '../map/hokkaido-shapes';
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { PREFECTURE_PLANNER, PREFECTURE_HISTORY, type PlannerRow, type PrefectureHistoryRow } from '../sql/queries';

export async function loadPlanPage() {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const releaseDate = releases.at(-1)!;
	const topology = JSON.parse(readFileSync(join(SITE_DATA_DIR, 'hokkaido.topo.json'), 'utf8')) as Topology;
	return {
		releaseDate,
		municipalities: await engine.query<PlannerRow>(PREFECTURE_PLANNER, [releaseDate, SITE_PREFECTURE]),
		history: await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY),
		shapes: hokkaidoShapes(topology)
	};
}
