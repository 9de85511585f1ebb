import { error, json } from '@sveltejs/kit';
import { HELD_RELEASE_VIEW_KINDS, RELEASE_VIEW_KINDS, heldReleaseDates, readReleaseViewFile, releaseDates, type ReleaseViewKind } from '$lib/server/release-views';

// One small file per kind of view and release: /views/map/2019-04-01.json and so on.
export const prerender = true;
export const trailingSlash = 'never';
export const entries = async () => [
	...(await releaseDates()).flatMap((date) => RELEASE_VIEW_KINDS.map((kind) => ({ kind, date }))),
	// Releases of cards held in the build's store (保有枚数): their map views too.
	...(await heldReleaseDates()).flatMap((date) => HELD_RELEASE_VIEW_KINDS.map((kind) => ({ kind, date })))
];
export const GET = async ({ params }: { params: { kind: string; date: string } }) => {
	if (![...RELEASE_VIEW_KINDS, ...HELD_RELEASE_VIEW_KINDS].includes(params.kind as ReleaseViewKind)) error(404, '不明なビューです');
	return json(await readReleaseViewFile(params.kind as ReleaseViewKind, params.date));
};
