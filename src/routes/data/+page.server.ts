import { NODE_DATA_DIR } from '$lib/server/paths';
import { sharedDataEngine } from '$lib/server/node-engine';
import { listReleaseMeasures, listReleases } from '$lib/data/headline';

export const load = async () => {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	return { releases: await listReleases(engine), releaseMeasures: await listReleaseMeasures(engine) };
};
