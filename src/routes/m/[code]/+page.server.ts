import { error } from '@sveltejs/kit';
import { listMunicipalityCodes, loadMunicipalityPage } from '$lib/server/municipality-page';
import type { EntryGenerator } from './$types';

/** Every municipality of the latest release (all 1,741) is prerendered. */
export const entries: EntryGenerator = async () => (await listMunicipalityCodes()).map((code) => ({ code }));

export const load = async ({ params }) => {
	const page = await loadMunicipalityPage(params.code);
	if (!page) error(404, `団体コード ${params.code} の市区町村はありません`);
	return page;
};
