import { json } from '@sveltejs/kit';
import { mapView, releaseDates } from '$lib/server/release-views';
import { packReleaseView, type PackedReleaseView } from '$lib/data/packed-release-views';

// Every release's map view in one file, for release jumps without a query (packed-release-views.ts).
export const prerender = true;
export const GET = async () => {
	const views: PackedReleaseView[] = [];
	// One after another: the build's one Node connection runs one prepared statement at a time.
	for (const date of await releaseDates()) {
		const view = await mapView(date);
		if (view) views.push(packReleaseView(view));
	}
	return json(views);
};
