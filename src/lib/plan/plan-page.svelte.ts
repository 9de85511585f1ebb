/**
 * The bureau planner's page state: the plan (events, budget, companies, subsidy rule) as stored,
 * the chosen bureau, the conflicts waiting for a choice, the editor and the one message, and every
 * action. One writer per value; every action goes through `act` (work, reload, say what happened).
 * The store, the engine and the browser's dialogs come in as `PlanDeps`, so Node tests use fakes.
 */
import { newEvent, type PlanEvent } from './events';
import { eventFromCompany, sortCompanies, type Company } from './companies';
import { DEFAULT_SUBSIDY_RULE, type SubsidyRule } from './subsidy-rule';
import { editProblem, isBudget } from './event-checks';
import { eventCountByCode, sortEvents } from './event-index';
import { checkPlanFileSize, eventsCsv, parsePlanFile, toPlanFile, type PlanFile } from './plan-file';
import { eventsIcs } from './ics';
import { groupwareCsv } from './groupware-csv';
import { plannedVersusActual } from './actuals';
import { planImpact } from './impact';
import { DEFAULT_ASSUMPTIONS, expectedCards, placeImpacts, prefectureEffect, regionImpact, type ImpactAssumptions } from './local-impact';
import { fileBureau } from './combine';
import { planFileName } from './plan-file-name';
import { isDeleted, type CompanyRecord, type DeletedEvent, type PlanRecord } from './revision';
import { IMPORT_LABELS, SHARED_LABELS, type ConflictLabels } from './conflict-labels';
import type { MergeConflict, MergeResult } from './merge';
import type { CompanyConflict } from './conflict-view';
import type { Lens } from './priority';
import type { MunicipalityName } from './company-import';
import { regionOf, type RegionList } from '../regions/region-list';
import type { Scenario } from '../domain/scenario';
import { prefectureIntervalModel, rowsOfRelease } from '../data/prefecture-history';
import { projectPrefectures } from '../data/what-it-takes';
import { issuanceRate } from '../domain/figures';
import type { SeriesPoint } from '../domain/projection';
import type { IntervalModel } from '../domain/projection-interval';
import type { MunicipalCardsRow, PlannerRow, PrefectureHistoryRow } from '../sql/queries';
import { formatSeireki } from '../domain/release-date';
import { ja } from '../messages/ja';

export interface PlanMessage {
	kind: 'error' | 'info';
	text: string;
}

export type EngineState = { kind: 'loading' } | { kind: 'ready'; releases?: number } | { kind: 'failed'; detail: string };

/** What the page needs of the plan store and the company actions (client/plan-store.ts, client/company-actions.ts). */
export interface PlanStoreApi {
	loadEvents(): Promise<PlanEvent[]>;
	loadBudget(): Promise<number | null>;
	loadCompanies(): Promise<Company[]>;
	loadSubsidyRule(): Promise<SubsidyRule | null>;
	loadRecords(): Promise<PlanRecord[]>;
	loadDeleted(): Promise<DeletedEvent[]>;
	loadCompanyRecords(): Promise<CompanyRecord[]>;
	saveEvent(event: PlanEvent): Promise<PlanEvent>;
	deleteEvent(event: PlanEvent): Promise<void>;
	saveBudget(budget: number | null): Promise<void>;
	importPlan(file: PlanFile): Promise<{ result: MergeResult; budgetConflict: { local: number; incoming: number } | null; companies?: MergeResult<Company>; ruleConflict?: { local: SubsidyRule; incoming: SubsidyRule } | null }>;
	settleConflict(conflict: MergeConflict, choice: 'local' | 'incoming'): Promise<void>;
	settleCompanyConflict(conflict: CompanyConflict, choice: 'local' | 'incoming'): Promise<void>;
	saveCompanyChecked(company: Company, codes: { has(code: string): boolean }): Promise<{ saved: boolean; message: PlanMessage }>;
	deleteCompanyChecked(company: Company): Promise<PlanMessage | null>;
	importCompanyList(file: File, municipalities: readonly MunicipalityName[]): Promise<PlanMessage>;
	saveSubsidyRuleChecked(rule: SubsidyRule): Promise<PlanMessage>;
	/** True for a save refused because another tab changed the record. */
	isConflict(error: unknown): boolean;
}

/** The prefecture's imported region list (client/region-store.ts); absent, municipalities stand alone. */
export interface RegionApi {
	load(prefecture: string): Promise<RegionList | null>;
	import(file: File, prefecture: string, municipalities: readonly MunicipalityName[]): Promise<PlanMessage>;
	merge(list: RegionList): Promise<unknown>;
}

export interface PlanDeps {
	store: PlanStoreApi;
	regions?: RegionApi;
	/** Municipal cards since a date, from the engine (started on first need). */
	cardsSince(since: string): Promise<MunicipalCardsRow[]>;
	confirm(text: string): boolean;
	download(fileName: string, type: string, text: string): void;
	now(): Date;
}

export interface PlanPageData {
	prefecture: string;
	releaseDate: string;
	municipalities: PlannerRow[];
	history: PrefectureHistoryRow[];
	/** The prefecture's municipalities' latest releases, and the municipal projection's interval model. */
	series: Record<string, SeriesPoint[]>;
	municipalModel: IntervalModel;
}

/**
 * The date a new event starts on: the first day of the month after next from the release (about a
 * month to arrange a drive) — 2022-08-01 for the 2022-06-30 release.
 */
export function newEventDate(releaseDate: string): string {
	const [y, m] = releaseDate.split('-').map(Number);
	const month = m + 2;
	return `${y + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
}

/** The since-date of "planned versus actual": the start of the release's year. */
const actualsSince = (releaseDate: string) => `${releaseDate.slice(0, 4)}-01-01`;

export class PlanPage {
	bureau = $state('');
	deadline = $state('');
	events = $state<PlanEvent[]>([]);
	budget = $state<number | null>(null);
	companies = $state<Company[]>([]);
	rule = $state<SubsidyRule>(DEFAULT_SUBSIDY_RULE);
	editing = $state<PlanEvent | null>(null);
	message = $state<PlanMessage | null>(null);
	/** Conflicts of the last import or shared-file merge, waiting for the user's choice. */
	conflicts = $state<MergeConflict[]>([]);
	budgetConflict = $state<{ local: number; incoming: number } | null>(null);
	companyConflicts = $state<CompanyConflict[]>([]);
	conflictLabels = $state<ConflictLabels>(IMPORT_LABELS);
	/** Another tab's save of the event being edited. */
	tabConflict = $state<MergeConflict | null>(null);
	cards = $state<MunicipalCardsRow[]>([]);
	actualsState = $state<EngineState>({ kind: 'loading' });
	scenario = $state<Scenario | null>(null);
	assumptions = $state<ImpactAssumptions>(DEFAULT_ASSUMPTIONS);
	regionList = $state<RegionList | null>(null);

	readonly newEventDate: string;
	readonly byCode: Map<string, PlannerRow>;
	/** Regions of the planner: built-in bureaus (Hokkaido), else the imported list's regions. */
	readonly bureaus = $derived.by(() => [...new Set(this.data.municipalities.map((m) => this.bureauOf(m.code6)).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'ja')));
	/** True when the data carries no regions of its own (a prefecture other than Hokkaido): a list may be imported. */
	readonly regionsImportable: boolean;
	readonly seriesByCode: Map<string, SeriesPoint[]>;
	readonly nameOf = (code6: string) => this.byCode.get(code6)?.name ?? code6;
	readonly bureauOf = (code6: string) => this.byCode.get(code6)?.bureau || regionOf(this.regionList, code6);

	/** The chosen region's municipalities (all without one), each named with its region, the imported list's too. */
	readonly inScope = $derived.by(() =>
		this.data.municipalities.filter((m) => !this.bureau || this.bureauOf(m.code6) === this.bureau).map((m) => (m.bureau ? m : { ...m, bureau: this.bureauOf(m.code6) || '' }))
	);
	/** Sorted once per change of the plan, not per change of the filter. */
	readonly sortedEvents = $derived(sortEvents(this.events));
	readonly scopedEvents = $derived.by(() => this.bureau ? this.sortedEvents.filter((e) => this.bureauOf(e.code6) === this.bureau) : this.sortedEvents);
	readonly scopedCompanies = $derived.by(() => sortCompanies(this.bureau ? this.companies.filter((c) => this.bureauOf(c.code6) === this.bureau) : this.companies));
	/** Employees of registered companies by the municipality of their site (what the corporate lens adds). */
	readonly employeesByCode = $derived(this.companies.reduce((m, c) => m.set(c.code6, (m.get(c.code6) ?? 0) + (c.employees ?? 0)), new Map<string, number>()));
	/** Whose plan this is: the chosen bureau, else the one its events lie in (what files and 予算比 name). */
	readonly planBureau = $derived.by(() => this.bureau || fileBureau(undefined, this.events, this.bureauOf, ''));
	readonly current = $derived.by(() => rowsOfRelease(this.data.history, this.data.releaseDate).find((r) => r.prefecture === this.data.prefecture)!);
	readonly model = $derived.by(() => prefectureIntervalModel(this.data.history, this.data.releaseDate));
	readonly impact = $derived.by(() => planImpact(this.data.history, this.data.releaseDate, this.deadline, expectedCards(this.events, this.deadline, this.assumptions), this.model, this.scenario, this.data.prefecture));
	readonly effect = $derived(this.impact ? prefectureEffect(this.impact) : null);
	/** The national rate projected to the deadline (every prefecture's projection summed): what a place's gap is measured to. */
	readonly nationalProjected = $derived.by(() => {
		const all = this.deadline > this.data.releaseDate ? projectPrefectures(this.data.history, this.data.releaseDate, this.deadline, this.model) : [];
		return all.length ? issuanceRate(all.reduce((s, p) => s + p.cards, 0), all.reduce((s, p) => s + p.population, 0)) : this.current.national_rate;
	});
	readonly places = $derived.by(() => this.deadline > this.data.releaseDate ? placeImpacts(this.scopedEvents, this.seriesByCode, this.nameOf, this.deadline, this.data.municipalModel, this.nationalProjected, this.assumptions) : []);
	readonly region = $derived.by(() =>
		this.bureau && this.deadline > this.data.releaseDate
			? regionImpact(this.bureau, this.inScope.map((m) => m.code6), this.scopedEvents, this.seriesByCode, this.deadline, this.data.municipalModel, this.nationalProjected, this.assumptions)
			: null
	);
	readonly actuals = $derived.by(() => plannedVersusActual(this.scopedEvents, this.cards).map((a) => ({ ...a, name: this.nameOf(a.code6) })));
	readonly eventCount = $derived(eventCountByCode(this.scopedEvents));

	private actualsStarted = false;

	constructor(
		readonly data: PlanPageData,
		private readonly deps: PlanDeps,
		firstDeadline: string
	) {
		this.deadline = firstDeadline;
		this.newEventDate = newEventDate(data.releaseDate);
		this.byCode = new Map(data.municipalities.map((m) => [m.code6, m]));
		this.seriesByCode = new Map(Object.entries(data.series));
		this.regionsImportable = !data.municipalities.some((m) => m.bureau);
	}

	/** The budget a bureau's lines are measured against: the plan's, for the plan's own bureau. */
	budgetOf = (bureau: string): number | null => (bureau && bureau === this.planBureau ? this.budget : null);

	async reload(): Promise<void> {
		const s = this.deps.store;
		[this.events, this.budget, this.companies, this.rule, this.regionList] = await Promise.all([
			s.loadEvents(),
			s.loadBudget(),
			s.loadCompanies(),
			s.loadSubsidyRule().then((r) => r ?? DEFAULT_SUBSIDY_RULE),
			this.deps.regions?.load(this.data.prefecture).catch(() => null) ?? Promise.resolve(null)
		]);
		// Planned versus actual needs the engine: started the first time the plan has events (at load or after an import).
		if (this.events.length && !this.actualsStarted) void this.startActuals();
	}

	/** Ends ready or failed, never loading for ever. */
	private async startActuals(): Promise<void> {
		this.actualsStarted = true;
		this.actualsState = { kind: 'loading' };
		try {
			this.cards = await this.deps.cardsSince(actualsSince(this.data.releaseDate));
			this.actualsState = { kind: 'ready' };
		} catch (error) {
			this.actualsState = { kind: 'failed', detail: (error as Error).message };
		}
	}

	/**
	 * The one action shape: do the work, reload the plan, then show what the work said
	 * (`undefined` leaves the message as it is; a thrown error is shown as one).
	 */
	async act(work: () => Promise<PlanMessage | null | undefined>): Promise<void> {
		let said: PlanMessage | null | undefined;
		try {
			said = await work();
		} catch (error) {
			console.error(error);
			said = { kind: 'error', text: (error as Error).message };
		}
		await this.reload();
		if (said !== undefined) this.message = said;
	}

	startEvent(code6: string = this.inScope[0]?.code6 ?? this.data.municipalities[0].code6, lens: Lens | null = null): void {
		const event = newEvent(code6, this.newEventDate);
		this.editing = lens ? { ...event, kind: lens === 'corporate' ? 'corporate' : 'offsite' } : event;
	}

	saveEvent(edited: PlanEvent): Promise<void> {
		return this.act(async () => {
			const problem = editProblem({ ...edited }, this.byCode);
			if (problem) return { kind: 'error', text: problem };
			try {
				await this.deps.store.saveEvent(edited);
				this.editing = null;
				return { kind: 'info', text: ja.planSaved };
			} catch (error) {
				// Another tab saved this event meanwhile: both versions side by side, the typing kept until a choice.
				if (this.deps.store.isConflict(error) && (await this.showTabConflict(edited))) return null;
				return { kind: 'error', text: this.deps.store.isConflict(error) ? (error as Error).message : ja.planSaveFailed((error as Error).message) };
			}
		});
	}

	private async showTabConflict(draft: PlanEvent): Promise<boolean> {
		const stored = (await this.deps.store.loadRecords()).find((r) => r.id === draft.id);
		if (!stored) return false;
		this.tabConflict = { id: draft.id, local: stored, incoming: draft };
		return true;
	}

	chooseTab(conflict: MergeConflict, choice: 'local' | 'incoming'): Promise<void> {
		return this.act(async () => {
			// The other tab's version is already the stored one: dropping the typing writes nothing.
			if (choice === 'local') {
				this.tabConflict = null;
				this.editing = null;
				return undefined;
			}
			try {
				await this.deps.store.settleConflict(conflict, choice);
				this.tabConflict = null;
				this.editing = null;
				return { kind: 'info', text: ja.planSaved };
			} catch (error) {
				// Changed yet again while choosing: compare with the newest copy instead.
				if (this.deps.store.isConflict(error) && (await this.showTabConflict(conflict.incoming as PlanEvent))) return null;
				throw error;
			}
		});
	}

	removeEvent(event: PlanEvent): Promise<void> {
		if (!this.deps.confirm(ja.planConfirmDelete(this.nameOf(event.code6), formatSeireki(event.date)))) return Promise.resolve();
		return this.act(async () => void (await this.deps.store.deleteEvent(event)));
	}

	importFile(file: File): Promise<void> {
		return this.act(async () => {
			checkPlanFileSize(file.name, file.size);
			const parsed = parsePlanFile(file.name, await file.text(), this.byCode);
			const outcome = await this.deps.store.importPlan(parsed);
			if (parsed.regionList && parsed.regionList.prefecture === this.data.prefecture) await this.deps.regions?.merge(parsed.regionList);
			this.showConflicts(IMPORT_LABELS, outcome.result.conflicts, outcome.budgetConflict, outcome.companies?.conflicts ?? []);
			const theirRule = outcome.ruleConflict?.incoming;
			const ruleNote = theirRule ? `。${ja.planRuleDiffers(`${theirRule.sharePercent}%・${theirRule.source}`)}` : '';
			const waiting = this.conflicts.length + this.companyConflicts.length + (this.budgetConflict ? 1 : 0);
			return { kind: 'info', text: ja.planImported(file.name, outcome.result.counts, waiting) + ruleNote };
		});
	}

	/** The one writer of the conflict lists: an import or the shared file reports what waits for a choice. */
	showConflicts(labels: ConflictLabels, conflicts: MergeConflict[], budget: { local: number; incoming: number } | null, companies: CompanyConflict[]): void {
		this.conflictLabels = labels;
		this.conflicts = conflicts;
		this.budgetConflict = budget;
		this.companyConflicts = companies;
	}

	sharedConflicts(conflicts: MergeConflict[], budget: { local: number; incoming: number } | null, companies: CompanyConflict[]): void {
		this.showConflicts(SHARED_LABELS, conflicts, budget, companies);
	}

	choose(conflict: MergeConflict, choice: 'local' | 'incoming'): Promise<void> {
		this.conflicts = this.conflicts.filter((c) => c.id !== conflict.id);
		return this.act(async () => {
			await this.deps.store.settleConflict(conflict, choice);
			return { kind: 'info', text: ja.planConflictResolved };
		});
	}

	chooseCompany(conflict: CompanyConflict, choice: 'local' | 'incoming'): Promise<void> {
		this.companyConflicts = this.companyConflicts.filter((c) => c.id !== conflict.id);
		// The shared file hears the change and writes the choice (it re-syncs on every plan change).
		return this.act(async () => {
			await this.deps.store.settleCompanyConflict(conflict, choice);
			return { kind: 'info', text: ja.planConflictResolved };
		});
	}

	/** Returns whether the budget was stored (the shared file then settles its budget conflict). */
	async setBudget(amount: number | null): Promise<boolean> {
		if (!isBudget(amount)) {
			this.message = { kind: 'error', text: ja.planBudgetInput };
			return false;
		}
		await this.act(async () => {
			await this.deps.store.saveBudget(amount);
			this.budgetConflict = null;
			return undefined;
		});
		return true;
	}

	async saveCompany(edited: Company): Promise<boolean> {
		let saved = false;
		await this.act(async () => {
			const outcome = await this.deps.store.saveCompanyChecked(edited, this.byCode);
			saved = outcome.saved;
			return outcome.message;
		});
		return saved;
	}

	removeCompany(company: Company): Promise<void> {
		if (!this.deps.confirm(ja.companyConfirmDelete(company.name))) return Promise.resolve();
		return this.act(() => this.deps.store.deleteCompanyChecked(company));
	}

	importCompanies(file: File): Promise<void> {
		// The message and the list it speaks of appear together.
		return this.act(() => this.deps.store.importCompanyList(file, this.data.municipalities));
	}

	setRule(next: SubsidyRule): Promise<void> {
		return this.act(() => this.deps.store.saveSubsidyRuleChecked(next));
	}

	importRegions(file: File): Promise<void> {
		const regions = this.deps.regions;
		return this.act(async () => (regions ? regions.import(file, this.data.prefecture, this.data.municipalities) : undefined));
	}

	eventForCompany(company: Company): void {
		this.editing = eventFromCompany(company, this.newEventDate, this.nameOf(company.code6));
		this.message = { kind: 'info', text: ja.companyEventMade(company.name) };
	}

	/** The whole plan as a file that says whose it is and when it was saved, named after the bureau and the date. */
	async exportPlan(): Promise<void> {
		const s = this.deps.store;
		const [companyRecords, deleted] = await Promise.all([s.loadCompanyRecords(), s.loadDeleted()]);
		const now = this.deps.now();
		const bureau = this.planBureau || `${this.data.prefecture}全体`;
		const text = toPlanFile(this.events, this.budget, deleted, {
			bureau,
			savedAt: now.toISOString(),
			companies: companyRecords.filter((r): r is Company => !isDeleted(r)),
			deletedCompanies: companyRecords.filter(isDeleted),
			subsidyRule: this.rule,
			regionList: this.regionList
		});
		this.deps.download(planFileName(bureau, now), 'application/json', text);
	}

	downloadCsv(): void {
		this.deps.download('kofuritsu-events.csv', 'text/csv;charset=utf-8', eventsCsv(this.scopedEvents, this.nameOf, this.bureauOf, this.rule));
	}

	downloadIcs(): void {
		this.deps.download('kofuritsu-events.ics', 'text/calendar;charset=utf-8', eventsIcs(this.scopedEvents, this.nameOf));
	}

	downloadGroupware(): void {
		this.deps.download('kofuritsu-events-groupware.csv', 'text/csv;charset=utf-8', groupwareCsv(this.scopedEvents, this.nameOf));
	}
}
