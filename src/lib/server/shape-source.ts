/**
 * The map's shapes of a prefecture at build time, from its built boundaries
 * (static/data/boundaries/PP.topo.json: designated cities as one unit, far islands in insets).
 * One function the pages call, so the source of boundaries can change without touching them.
 */
import { hokkaidoShapes } from '../map/hokkaido-shapes';
import { prefectureShapes, type PrefectureShapes } from '../map/prefecture-shapes';
import { readBoundaries } from './boundaries';

export type { PrefectureShapes } from '../map/prefecture-shapes';

const cache = new Map<string, Promise<PrefectureShapes>>();

export function loadPrefectureShapes(prefecture: string): Promise<PrefectureShapes> {
	let shapes = cache.get(prefecture);
	if (!shapes) cache.set(prefecture, (shapes = Promise.resolve().then(() => build(prefecture))));
	return shapes;
}

function build(prefecture: string): PrefectureShapes {
	const topology = readBoundaries(prefecture);
	// Hokkaido's 14 bureaus are built in (its regions and its familiar conic); elsewhere no regions until a list is imported.
	return topology.objects.bureaus ? hokkaidoShapes(topology) : prefectureShapes(topology, prefecture);
}
