/** The planner page's browser side: the plan store, the company actions and the engine, as `PlanDeps` wants them. */
import type { PlanStoreApi, RegionApi } from '../plan/plan-page.svelte';
import { importRegionList, loadRegionList, mergeRegionList } from './region-store';
import * as store from './plan-store';
import { deleteCompanyChecked, importCompanyList, saveCompanyChecked, saveSubsidyRuleChecked } from './company-actions';
import { browserEngine } from '../engine/engine-store';
import { PREFECTURE_CARDS_SINCE, type MunicipalCardsRow } from '../sql/queries';

export const planStoreApi: PlanStoreApi = {
	loadEvents: store.loadEvents,
	loadBudget: store.loadBudget,
	loadCompanies: store.loadCompanies,
	loadSubsidyRule: store.loadSubsidyRule,
	loadRecords: store.loadRecords,
	loadDeleted: store.loadDeleted,
	loadCompanyRecords: store.loadCompanyRecords,
	saveEvent: store.saveEvent,
	deleteEvent: store.deleteEvent,
	saveBudget: store.saveBudget,
	importPlan: store.importPlan,
	settleConflict: store.settleConflict,
	settleCompanyConflict: store.settleCompanyConflict,
	saveCompanyChecked,
	deleteCompanyChecked,
	importCompanyList,
	saveSubsidyRuleChecked,
	isConflict: (error) => error instanceof store.PlanConflictError
};

/** Municipal cards of `prefecture` since a date, from the browser engine (started on first call). */
export const planCardsSince =
	(prefecture: string) =>
	async (since: string): Promise<MunicipalCardsRow[]> =>
		(await browserEngine()).query<MunicipalCardsRow>(PREFECTURE_CARDS_SINCE, [since, prefecture]);

export const regionApi: RegionApi = { load: loadRegionList, import: importRegionList, merge: mergeRegionList };
