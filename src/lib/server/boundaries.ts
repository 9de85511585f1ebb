/** A prefecture's built boundaries (static/data/boundaries/PP.topo.json), read at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { SITE_DATA_DIR } from './paths';
import { prefectureCode } from '../domain/prefectures';
import { boundaryFile } from '../map/boundary-file';

export function readBoundaries(prefecture: string, dataDir = SITE_DATA_DIR): Topology {
	const code = prefectureCode(prefecture);
	if (code == null) throw new Error(`「${prefecture}」は都道府県名ではありません`);
	return JSON.parse(readFileSync(join(dataDir, boundaryFile(code).replace(/^data\//, '')), 'utf8')) as Topology;
}
