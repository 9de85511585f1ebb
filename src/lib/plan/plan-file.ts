/**
 * The plan as a file: JSON with a schema name and version for export and import, and events as
 * Excel-safe CSV. A broken or foreign file, or one bad field, refuses the file whole with a
 * Japanese message naming the event and the field. Deleted events travel as tombstones so a
 * merge can tell a deletion from an event the other side never had.
 */
import { EVENT_KINDS, type PlanEvent } from './events';
import type { CompanyRecord, DeletedEvent, PlanRecord } from './revision';
import { DELETED_FIELDS, EVENT_DEFAULTS, EVENT_FIELDS, HISTORY_FIELD, isBudget, LEGACY_EVENT_FIELDS, timeOrderProblem, type KnownCodes } from './event-checks';
import { noveltyCost } from './budget';
import { COMPANY_FIELDS, type Company } from './companies';
import { cleanSubsidyRule, DEFAULT_SUBSIDY_RULE, subsidyRuleProblems, type SubsidyRule } from './subsidy-rule';
import { toExcelCsv } from '../domain/excel-csv';
import { ja } from '../messages/ja';
import { regionListId, regionListProblems, type RegionList } from '../regions/region-list';

/** A clean copy of a checked region list: its table, and a version and history (absent ones read as new). */
function readRegionList(x: RegionList): RegionList {
	const history = Array.isArray(x.history) ? x.history.filter((h): h is string => typeof h === 'string') : [];
	const version = Number.isInteger(x.version) && x.version > 0 ? x.version : 1;
	return { id: regionListId(x.prefecture), prefecture: x.prefecture, regions: { ...x.regions }, version, history, ...(typeof x.updatedAt === 'string' ? { updatedAt: x.updatedAt } : {}) };
}

export const PLAN_SCHEMA = 'kofuritsu-plan';
export const PLAN_VERSION = 1;
export const MAX_PLAN_EVENTS = 20_000;
/** 20,000 events with long notes stay well below this; anything larger is not a plan file. */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

/** Refuses a file too large to be a plan before it is read into memory. */
export function checkPlanFileSize(fileName: string, bytes: number): void {
	if (bytes > MAX_PLAN_BYTES) throw new Error(ja.planFileError(fileName, ja.planTooLarge((bytes / 1024 / 1024).toFixed(1), MAX_PLAN_BYTES / 1024 / 1024)));
}

export interface PlanFile {
	schema: typeof PLAN_SCHEMA;
	version: typeof PLAN_VERSION;
	exportedAt: string;
	budget: number | null;
	events: PlanEvent[];
	/** Events deleted in this plan (absent from files written before deletions were kept). */
	deleted: DeletedEvent[];
	/** The company register and its tombstones (absent from older files: read as empty). */
	companies: Company[];
	deletedCompanies: DeletedEvent[];
	/** The novelty subsidy rule (absent from older files: null, the reader keeps its own). */
	subsidyRule: SubsidyRule | null;
	/** The prefecture's imported region list (absent for Hokkaido, whose bureaus are built in, and in older files). */
	regionList?: RegionList;
	/** Optional, same format version: the bureau whose plan this is, and when and by whom the shared file was last saved. */
	bureau?: string;
	savedAt?: string;
	savedBy?: string;
}

/** File-level notes that older files lack and older readers ignore. */
export type PlanFileMeta = Pick<PlanFile, 'bureau' | 'savedAt' | 'savedBy'>;
const MAX_META_TEXT = 60;

/** What a plan file carries besides events (all optional, so older callers keep working). */
export interface PlanFileExtras extends PlanFileMeta {
	companies?: Company[];
	deletedCompanies?: DeletedEvent[];
	subsidyRule?: SubsidyRule | null;
	regionList?: RegionList | null;
}

export function toPlanFile(events: PlanEvent[], budget: number | null, deleted: DeletedEvent[] = [], extras: PlanFileExtras = {}): string {
	const { companies, deletedCompanies, subsidyRule, regionList, ...meta } = extras;
	const file: PlanFile = {
		schema: PLAN_SCHEMA,
		version: PLAN_VERSION,
		exportedAt: new Date().toISOString(),
		budget,
		events,
		deleted,
		companies: companies ?? [],
		deletedCompanies: deletedCompanies ?? [],
		subsidyRule: subsidyRule ?? null,
		...(regionList ? { regionList } : {}),
		...meta
	};
	return JSON.stringify(file, null, 2);
}

/** The optional file-level notes, each a short string or absent; anything else is a problem named by field. */
function readMeta(file: Record<string, unknown>, problems: string[]): PlanFileMeta {
	const meta: PlanFileMeta = {};
	for (const key of ['bureau', 'savedAt', 'savedBy'] as const) {
		const value = file[key];
		if (value == null || value === '') continue;
		if (typeof value === 'string' && value.length <= MAX_META_TEXT) meta[key] = value;
		else problems.push(ja.planMetaProblem(key, MAX_META_TEXT, value));
	}
	return meta;
}

type Fields = Record<string, { label: string; check: (v: unknown, codes: KnownCodes) => string | null }>;

/** Checks one record against `fields`; returns a clean copy with only those fields, or problems. */
function readRecord<T>(raw: unknown, index: number, fields: Fields, codes: KnownCodes, problems: string[], what: 'event' | 'company' = 'event'): T | null {
	const problemOf = what === 'event' ? ja.planEventProblem : ja.planCompanyProblem;
	if (typeof raw !== 'object' || raw == null || Array.isArray(raw)) {
		problems.push(problemOf(index, '?', '—', ja.planNotAnEvent, raw));
		return null;
	}
	const x = raw as Record<string, unknown>;
	const id = Object.hasOwn(x, 'id') ? x.id : undefined;
	const clean: Record<string, unknown> = {};
	const before = problems.length;
	const isEvent = fields === EVENT_FIELDS;
	for (const [key, { label, check }] of Object.entries(fields)) {
		const missing = !Object.hasOwn(x, key);
		const value = missing && isEvent && EVENT_DEFAULTS[key] ? EVENT_DEFAULTS[key](x) : missing ? undefined : x[key];
		const problem = check(value, codes);
		if (problem) problems.push(problemOf(index, id, label, problem, value));
		else clean[key] = value;
	}
	if (isEvent) {
		for (const [key, { label, check }] of Object.entries(LEGACY_EVENT_FIELDS)) {
			const value = Object.hasOwn(x, key) ? x[key] : undefined;
			const problem = check(value);
			if (problem) problems.push(problemOf(index, id, label, problem, value));
		}
		const order = timeOrderProblem(clean);
		if (order) problems.push(problemOf(index, id, EVENT_FIELDS.endTime.label, order, clean.endTime));
	}
	const history = Object.hasOwn(x, 'history') ? x.history : undefined;
	const historyProblem = HISTORY_FIELD.check(history);
	if (historyProblem) problems.push(problemOf(index, id, HISTORY_FIELD.label, historyProblem, history));
	clean.history = Array.isArray(history) ? [...history] : [];
	return problems.length === before ? (clean as T) : null;
}

/** Parses an exported plan; throws one Japanese message listing what is wrong. */
export function parsePlanFile(fileName: string, text: string, knownCodes: KnownCodes): PlanFile {
	const fail = (problem: string): never => {
		throw new Error(ja.planFileError(fileName, problem));
	};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		fail(ja.planNotJson);
	}
	const file = (typeof data === 'object' && data != null ? data : {}) as Record<string, unknown>;
	if (file.schema !== PLAN_SCHEMA) fail(ja.planForeign(PLAN_SCHEMA));
	if (file.version !== PLAN_VERSION) fail(ja.planFormatVersion(String(file.version), PLAN_VERSION));
	const rawEvents = file.events;
	const rawDeleted = file.deleted ?? [];
	if (!Array.isArray(rawEvents) || !Array.isArray(rawDeleted)) return fail(ja.planNoEvents);
	if (rawEvents.length + rawDeleted.length > MAX_PLAN_EVENTS) fail(ja.planTooManyEvents(rawEvents.length + rawDeleted.length, MAX_PLAN_EVENTS));
	const problems: string[] = [];
	const events = rawEvents.map((e, i) => readRecord<PlanEvent>(e, i, EVENT_FIELDS, knownCodes, problems));
	const deleted = rawDeleted.map((e, i) => readRecord<DeletedEvent>(e, rawEvents.length + i, DELETED_FIELDS, knownCodes, problems));
	const firstIndex = new Map<string, number>();
	[...events, ...deleted].forEach((r, i) => {
		if (!r) return;
		const first = firstIndex.get(r.id);
		if (first != null) problems.push(ja.planDuplicateId(r.id, first, i));
		else firstIndex.set(r.id, i);
	});
	const budget = file.budget ?? null;
	if (!isBudget(budget)) problems.push(ja.planBudgetProblem(file.budget));
	const rawCompanies = file.companies ?? [];
	const rawDeletedCompanies = file.deletedCompanies ?? [];
	if (!Array.isArray(rawCompanies) || !Array.isArray(rawDeletedCompanies)) return fail(ja.planNoCompanies);
	if (rawCompanies.length + rawDeletedCompanies.length > MAX_PLAN_EVENTS) fail(ja.planTooManyCompanies(rawCompanies.length + rawDeletedCompanies.length, MAX_PLAN_EVENTS));
	const companies = rawCompanies.map((c, i) => readRecord<Company>(c, i, COMPANY_FIELDS, knownCodes, problems, 'company'));
	const deletedCompanies = rawDeletedCompanies.map((c, i) => readRecord<DeletedEvent>(c, rawCompanies.length + i, DELETED_FIELDS, knownCodes, problems, 'company'));
	const companyIndex = new Map<string, number>();
	[...companies, ...deletedCompanies].forEach((r, i) => {
		if (!r) return;
		const first = companyIndex.get(r.id);
		if (first != null) problems.push(ja.planDuplicateCompanyId(r.id, first, i));
		else companyIndex.set(r.id, i);
	});
	const rawRule = file.subsidyRule ?? null;
	const ruleProblems = rawRule === null ? [] : subsidyRuleProblems(rawRule);
	problems.push(...ruleProblems.map(ja.planSubsidyRuleProblem));
	const meta = readMeta(file, problems);
	// A region list's codes must be municipalities of the plan's prefecture (the codes the page knows).
	const rawRegions = file.regionList ?? null;
	if (rawRegions !== null) problems.push(...regionListProblems(rawRegions, knownCodes));
	const regionList = rawRegions === null ? undefined : readRegionList(rawRegions as RegionList);
	if (problems.length) fail(problems.slice(0, 10).join('、') + (problems.length > 10 ? `、${ja.planMoreProblems(problems.length - 10)}` : ''));
	return {
		schema: PLAN_SCHEMA,
		version: PLAN_VERSION,
		exportedAt: String(file.exportedAt ?? ''),
		budget: budget as number | null,
		events: events as PlanEvent[],
		deleted: deleted as DeletedEvent[],
		companies: companies as Company[],
		deletedCompanies: deletedCompanies as DeletedEvent[],
		subsidyRule: rawRule === null ? null : cleanSubsidyRule(rawRule as SubsidyRule),
		...(regionList ? { regionList } : {}),
		...meta
	};
}

/** A parsed file's companies, tombstones included, as `mergePlans` takes records. */
export const companyRecordsOf = (file: PlanFile): CompanyRecord[] => [...file.companies, ...file.deletedCompanies];

/** A parsed file's records, tombstones included, as `mergePlans` takes them. */
export const recordsOf = (file: PlanFile): PlanRecord[] => [...file.events, ...file.deleted];

export function eventsCsv(events: PlanEvent[], nameOf: (code6: string) => string, bureauOf: (code6: string) => string, rule: SubsidyRule = DEFAULT_SUBSIDY_RULE): string {
	const header = ['日付', '時刻', '終了時刻', '振興局', '市町村', '種類', '状況', '企業等', '場所', '会場', 'ノベルティ', '単価(円)', '数量', '費用(円)', '国の補助(円)', '市町村負担(円)', '見込み申請数', '実績申請数', '連絡メモ'];
	const rows = [...events]
		.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))
		.map((e) => {
			const cost = noveltyCost(e, rule);
			return [e.date, e.time, e.endTime, bureauOf(e.code6), nameOf(e.code6), EVENT_KINDS[e.kind], e.status, e.company, e.site, e.venue, e.product, e.unitCost, e.quantity, cost.total, cost.subsidy, cost.local, e.expected, e.actual, e.contact];
		});
	return toExcelCsv(header, rows);
}
