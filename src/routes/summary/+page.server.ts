import { loadSummaryPage } from '$lib/server/ranking-page';

export const load = () => loadSummaryPage();
