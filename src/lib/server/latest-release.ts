/** What `/` needs at build time: the latest release's figures and the map as SVG paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { GENERATED_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { listReleases, readReleaseView } from '../data/headline';
import { hokkaidoShapes } from '../map/hokkaido-shapes';

export async function loadLatestRelease() {
	const engine = await sharedDataEngine(GENERATED_DATA_DIR);
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const view = await readReleaseView(engine, releases.at(-1)!, releases.at(-2) ?? null);
	if (!view) throw new Error(`${releases.at(-1)} の北海道のデータがありません`);
	const topology = JSON.parse(readFileSync(join(GENERATED_DATA_DIR, 'hokkaido.topo.json'), 'utf8')) as Topology;
	return { releases, view, shapes: hokkaidoShapes(topology) };
}
