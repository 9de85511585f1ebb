import { loadRankingPage } from '$lib/server/ranking-page';

export const load = () => loadRankingPage();
