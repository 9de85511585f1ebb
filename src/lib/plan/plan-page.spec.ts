import { describe, expect, it, vi } from 'vitest';
import { newEventDate, PlanPage, type PlanDeps, type PlanPageData, type PlanStoreApi } from './plan-page.svelte';
import { mergePlans } from './merge';
import { newEvent, type PlanEvent } from './events';
import type { PlannerRow } from '../sql/queries';

// Invented towns and events; a store in memory that behaves like the IndexedDB one for these actions.
const town = (code6: string, bureau: string): PlannerRow => ({ code6, name: `架空${code6}`, bureau, population: 1000, cards: 400, without_card: 600, gap_national: -5, pace_recent: 1, pace_before: 1 });
const data: PlanPageData = {
	prefecture: '架空県',
	releaseDate: '2099-06-30',
	municipalities: [town('011002', '甲振興局'), town('012025', '乙振興局')],
	history: [],
	series: {},
	municipalModel: { spec: { point: 'recentPace', halfLifeDays: null, medianCorrected: false }, asOf: '2099-06-30', buckets: [] }
};
class Conflict extends Error {}
function fakeStore(): PlanStoreApi & { events: PlanEvent[] } {
	const s = {
		events: [] as PlanEvent[],
		loadEvents: async () => s.events,
		loadBudget: async () => null,
		loadCompanies: async () => [],
		loadSubsidyRule: async () => null,
		loadRecords: async () => s.events,
		loadDeleted: async () => [],
		loadCompanyRecords: async () => [],
		saveEvent: async (e: PlanEvent) => {
			if (e.version !== 0) throw new Conflict('他のタブで変更されています');
			s.events = [...s.events, { ...e, version: 1 }];
			return e;
		},
		deleteEvent: async () => undefined,
		saveBudget: async () => undefined,
		importPlan: async (file: { events: PlanEvent[] }) => {
			const result = mergePlans(s.events, file.events);
			s.events = result.events;
			return { result, budgetConflict: null };
		},
		settleConflict: async () => undefined,
		settleCompanyConflict: async () => undefined,
		saveCompanyChecked: async () => ({ saved: true, message: { kind: 'info' as const, text: '' } }),
		deleteCompanyChecked: async () => null,
		importCompanyList: async () => ({ kind: 'info' as const, text: '' }),
		saveSubsidyRuleChecked: async () => ({ kind: 'info' as const, text: '' }),
		isConflict: (error: unknown) => error instanceof Conflict
	};
	return s as unknown as PlanStoreApi & { events: PlanEvent[] };
}
const deps = (store: PlanStoreApi, cardsSince: PlanDeps['cardsSince'] = async () => []): PlanDeps & { downloads: [string, string][] } => {
	const downloads: [string, string][] = [];
	return { store, cardsSince, confirm: () => true, download: (name, _type, text) => void downloads.push([name, text]), now: () => new Date(2099, 7, 1, 12), downloads };
};
const planFile = (events: PlanEvent[]) => {
	const text = JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: '', budget: null, events, deleted: [] });
	return new File([text], 'plan.json', { type: 'application/json' });
};

describe('the planner page state', () => {
	it("names each municipality in scope with its region, from the data or the imported list, and filters by it", async () => {
		const unzoned: PlanPageData = { ...data, municipalities: [town('202011', ''), town('202029', ''), town('203025', '')] };
		const regions = { load: async () => ({ id: 'r1', prefecture: '架空県', regions: { '202011': 'さくら地域', '202029': 'さくら地域' }, version: 1, history: [] }), import: async () => ({ kind: 'info' as const, text: '' }), merge: async () => undefined };
		const page = new PlanPage(unzoned, { ...deps(fakeStore()), regions }, '2099-09-30');
		await page.reload();
		expect(page.inScope.map((m) => [m.code6, m.bureau])).toEqual([['202011', 'さくら地域'], ['202029', 'さくら地域'], ['203025', '']]);
		page.bureau = 'さくら地域';
		expect(page.inScope.map((m) => m.code6)).toEqual(['202011', '202029']);
		expect(new PlanPage(data, deps(fakeStore()), '2099-09-30').inScope.map((m) => m.bureau)).toEqual(['甲振興局', '乙振興局']);
	});

	it('starts new events on the first day of the month after next from the release', () => {
		expect(newEventDate('2022-06-30')).toBe('2022-08-01');
		expect(newEventDate('2022-11-30')).toBe('2023-01-01');
		const page = new PlanPage(data, deps(fakeStore()), '2099-09-30');
		page.startEvent();
		expect(page.editing?.date).toBe('2099-08-01');
	});
	it('ends the engine status after the first plan is imported into an empty browser', async () => {
		const cardsSince = vi.fn(async () => []);
		const page = new PlanPage(data, deps(fakeStore(), cardsSince), '2099-09-30');
		await page.reload();
		expect(cardsSince).not.toHaveBeenCalled();
		await page.importFile(planFile([{ ...newEvent('011002', '2099-08-10'), id: 'a', version: 1 }]));
		await vi.waitFor(() => expect(page.actualsState).toEqual({ kind: 'ready' }));
		expect(page.message?.kind).toBe('info');
	});
	it('says a clear failure when the engine cannot start', async () => {
		const page = new PlanPage(data, deps(fakeStore(), async () => Promise.reject(new Error('wasm なし'))), '2099-09-30');
		await page.importFile(planFile([{ ...newEvent('011002', '2099-08-10'), id: 'a', version: 1 }]));
		await vi.waitFor(() => expect(page.actualsState).toEqual({ kind: 'failed', detail: 'wasm なし' }));
	});
	it('shows a refused file as one error message and keeps the plan', async () => {
		const store = fakeStore();
		const page = new PlanPage(data, deps(store), '2099-09-30');
		await page.importFile(new File(['{'], 'broken.json'));
		expect(page.message).toMatchObject({ kind: 'error' });
		expect(page.message?.text).toContain('broken.json');
		expect(page.events).toEqual([]);
	});
	it('saves the plan file named after its bureau and the day, carrying bureau and savedAt', async () => {
		const store = fakeStore();
		const d = deps(store);
		const page = new PlanPage(data, d, '2099-09-30');
		page.bureau = '甲振興局';
		await page.saveEvent({ ...newEvent('011002', '2099-08-10'), id: 'a' });
		expect(page.message?.kind).toBe('info');
		await page.exportPlan();
		const [name, text] = d.downloads[0];
		expect(name).toBe('計画_甲振興局_2099-08-01.json');
		expect(JSON.parse(text)).toMatchObject({ bureau: '甲振興局', savedAt: new Date(2099, 7, 1, 12).toISOString() });
	});
	it('measures 予算比 against the plan\'s own bureau only', () => {
		const page = new PlanPage(data, deps(fakeStore()), '2099-09-30');
		page.bureau = '甲振興局';
		page.budget = 1000;
		expect(page.budgetOf('甲振興局')).toBe(1000);
		expect(page.budgetOf('乙振興局')).toBeNull();
	});
});
