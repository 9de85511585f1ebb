import { SITE_PREFECTURE } from '$lib/domain/site-prefecture';
import { webManifest } from '$lib/domain/web-manifest';

// The install manifest names the deployment's prefecture (KOFURITSU_PREFECTURE at build).
export const prerender = true;
export const GET = () => new Response(JSON.stringify(webManifest(SITE_PREFECTURE), null, '\t'), { headers: { 'content-type': 'application/manifest+json' } });
