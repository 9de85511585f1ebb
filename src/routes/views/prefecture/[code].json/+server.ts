import { error, json } from '@sveltejs/kit';
import { PREFECTURES } from '$lib/domain/prefectures';
import { loadPrefectureStart } from '$lib/server/latest-release';

// A prefecture's first map (shapes, latest view, peer ranks) as one static file, fetched only when
// `/?pref=` shows it: /views/prefecture/20.json for 長野県.
export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => PREFECTURES.map((_, i) => ({ code: String(i + 1).padStart(2, '0') }));
export const GET = async ({ params }: { params: { code: string } }) => {
	const prefecture = PREFECTURES[Number(params.code) - 1];
	if (!prefecture || !/^\d{2}$/.test(params.code)) error(404, '不明な都道府県です');
	return json(await loadPrefectureStart(prefecture));
};
