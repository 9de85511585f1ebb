import { loadPlanPage } from '$lib/server/plan-page';

export const load = () => loadPlanPage();
