import { error } from '@sveltejs/kit';
import { listHokkaidoMunicipalities, loadMunicipalityPage } from '$lib/server/municipality-page';
import { peerRanksAt } from '$lib/server/peer-ranks';
import type { EntryGenerator } from './$types';

/** All 179 Hokkaido municipalities are prerendered. */
export const entries: EntryGenerator = async () => (await listHokkaidoMunicipalities()).map((m) => ({ code: m.code6 }));

export const load = async ({ params }) => {
	const page = await loadMunicipalityPage(params.code);
	if (!page) error(404, `団体コード ${params.code} の北海道の市町村はありません`);
	const [peers] = await peerRanksAt(page.releaseDate, params.code);
	return { ...page, peers: peers ?? null };
};
