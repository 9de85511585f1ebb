import { loadLatestRelease } from '$lib/server/latest-release';
import { SITE_PREFECTURE } from '$lib/domain/site-prefecture';

export const load = () => loadLatestRelease(SITE_PREFECTURE);
