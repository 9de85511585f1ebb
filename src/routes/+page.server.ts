import { loadLatestRelease } from '$lib/server/latest-release';
import { peerRanksAt } from '$lib/server/peer-ranks';

export const load = async () => {
	const latest = await loadLatestRelease();
	return { ...latest, peers: { date: latest.view.releaseDate, rows: await peerRanksAt(latest.view.releaseDate) } };
};
