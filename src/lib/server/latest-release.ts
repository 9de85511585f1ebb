/** What the map needs at build time for a prefecture: the latest release's figures, peer ranks and the map as SVG paths. */
import { NODE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { loadPrefectureShapes } from './shape-source';
import { listReleaseMeasures, readReleaseView } from '../data/headline';
import { readPeerRanks } from '../data/peer-ranks';
import { releasesWith, resolveMetric } from '../domain/release-measures';
import type { PrefectureStart } from '../map/map-page.svelte';

/** A prefecture's first map: shapes and the latest release's view (null if that release lacks the prefecture). */
export async function loadPrefectureStart(prefecture: string): Promise<PrefectureStart> {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	// The latest release of any measure is the default; one of cards held alone is prerendered as such.
	const releaseMeasures = await listReleaseMeasures(engine);
	const latest = releaseMeasures.at(-1)!.release_date;
	const metric = resolveMetric(releaseMeasures, latest, 'issued') ?? 'issued';
	const ofMetric = releasesWith(releaseMeasures, metric);
	const view = await readReleaseView(engine, { prefecture, releaseDate: latest, baseDate: ofMetric.at(-2) ?? null, metric });
	const peers = { date: latest, rows: await readPeerRanks(engine, latest, prefecture) };
	return { prefecture, shapes: await loadPrefectureShapes(prefecture), view, peers };
}

/** The deployment's prefecture's first map, with the releases the page offers. */
export async function loadLatestRelease(prefecture: string) {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releaseMeasures = await listReleaseMeasures(engine);
	const start = await loadPrefectureStart(prefecture);
	if (!start.view) throw new Error(`${start.peers.date} の${prefecture}のデータがありません`);
	return { ...start, view: start.view, releaseMeasures };
}
