/** What `/` needs at build time: the latest release's figures and the map as SVG paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { NODE_DATA_DIR, SITE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleaseMeasures, listReleases, readReleaseView } from '../data/headline';
import { releasesWith, resolveMetric } from '../domain/release-measures';
import { hokkaidoShapes } from '../map/hokkaido-shapes';

export async function loadLatestRelease() {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	// The latest release of any measure is the default; one of cards held alone is prerendered as such.
	const releaseMeasures = await listReleaseMeasures(engine);
	const latest = releaseMeasures.at(-1)!.release_date;
	const metric = resolveMetric(releaseMeasures, latest, 'issued') ?? 'issued';
	const ofMetric = releasesWith(releaseMeasures, metric);
	const view = await readReleaseView(engine, latest, ofMetric.at(-2) ?? null, metric);
	if (!view) throw new Error(`${latest} の北海道のデータがありません`);
	const topology = JSON.parse(readFileSync(join(SITE_DATA_DIR, 'hokkaido.topo.json'), 'utf8')) as Topology;
	return { releases, heldReleases: releasesWith(releaseMeasures, 'held'), releaseMeasures, view, shapes: hokkaidoShapes(topology) };
}
