import { loadLatestRelease } from '$lib/server/latest-release';

export const load = () => loadLatestRelease();
