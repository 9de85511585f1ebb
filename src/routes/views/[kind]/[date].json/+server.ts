import { error, json } from '@sveltejs/kit';
import { RELEASE_VIEW_KINDS, readReleaseViewFile, releaseDates, type ReleaseViewKind } from '$lib/server/release-views';

// One small file per kind of view and release: /views/map/2019-04-01.json and so on.
export const prerender = true;
export const trailingSlash = 'never';
export const entries = async () => (await releaseDates()).flatMap((date) => RELEASE_VIEW_KINDS.map((kind) => ({ kind, date })));
export const GET = async ({ params }: { params: { kind: string; date: string } }) => {
	if (!(RELEASE_VIEW_KINDS as readonly string[]).includes(params.kind)) error(404, '不明なビューです');
	return json(await readReleaseViewFile(params.kind as ReleaseViewKind, params.date));
};
