import { GENERATED_DATA_DIR } from '$lib/server/paths';
import { sharedDataEngine } from '$lib/server/node-engine';
import { listReleases } from '$lib/data/headline';

export const load = async () => ({ releases: await listReleases(await sharedDataEngine(GENERATED_DATA_DIR)) });
