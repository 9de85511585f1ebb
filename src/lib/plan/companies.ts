/**
 * The register of companies and other organisations asked to host on-site applications
 * (企業等への出張申請受付). Each company has an id, a version and a history like an event, so a
 * plan file's companies merge by the same rules (merge.ts, revision.ts). Pure.
 */
import { ja } from '../messages/ja';
import { EVENT_ID, MAX_COUNT, MAX_EVENT_VERSION, type KnownCodes } from './event-checks';
import { newEvent, type EventStatus, type PlanEvent } from './events';

export const COMPANY_STATUSES = ['打診中', '希望あり', '日程調整中', '実施決定', '実施済', '見送り'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export interface Company {
	id: string;
	version: number;
	name: string;
	/** The municipality of the site where the desk would be set up. */
	code6: string;
	/** Employees on site (null: not known). */
	employees: number | null;
	contact: string;
	/** Preferred period as the company said it (free text, e.g. 「8月下旬の平日」). */
	period: string;
	status: CompanyStatus;
	/** The municipality that will run the desk ('' = the site's municipality). */
	deskCode6: string;
	updatedAt: string;
	history: string[];
}

const MAX_NAME = 200;
const MAX_NOTE = 2_000;
const MAX_PERIOD = 200;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_COUNT;

type Check = (v: unknown, codes: KnownCodes) => string | null;

/** Field name (as in the plan file, with its Japanese label) → check; the editor and file import share them. */
export const COMPANY_FIELDS: Record<string, { label: string; check: Check }> = {
	id: { label: 'id', check: (v) => (typeof v === 'string' && EVENT_ID.test(v) ? null : ja.planNeedId) },
	version: { label: 'version（版）', check: (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_EVENT_VERSION ? null : ja.planNeedVersion(MAX_EVENT_VERSION)) },
	name: { label: 'name（企業名）', check: (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME ? null : ja.companyNeedName(MAX_NAME)) },
	code6: { label: 'code6（所在市町村）', check: (v, codes) => (typeof v === 'string' && codes.has(v) ? null : ja.planNeedCode) },
	employees: { label: 'employees（従業員数）', check: (v) => (v === null || isCount(v) ? null : ja.planNeedCountOrNull(MAX_COUNT)) },
	contact: { label: 'contact（連絡先・備考）', check: (v) => (isText(v, MAX_NOTE) ? null : ja.planNeedText(MAX_NOTE)) },
	period: { label: 'period（希望時期）', check: (v) => (isText(v, MAX_PERIOD) ? null : ja.planNeedText(MAX_PERIOD)) },
	status: { label: 'status（状況）', check: (v) => ((COMPANY_STATUSES as readonly unknown[]).includes(v) ? null : ja.companyNeedStatus) },
	deskCode6: { label: 'deskCode6（担当市町村）', check: (v, codes) => (v === '' || (typeof v === 'string' && codes.has(v)) ? null : ja.companyNeedDesk) },
	updatedAt: { label: 'updatedAt（更新日時）', check: (v) => (typeof v === 'string' && TIMESTAMP.test(v) ? null : ja.planNeedTimestamp) }
};

/** The first problem of an edited company, as "field: problem", or null when it may be saved. */
export function companyProblem(company: Record<string, unknown>, codes: KnownCodes): string | null {
	for (const [key, { label, check }] of Object.entries(COMPANY_FIELDS)) {
		if (key === 'updatedAt') continue;
		const problem = check(company[key], codes);
		if (problem) return ja.planEditProblem(label, problem);
	}
	return null;
}

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `c-${Date.now()}-${Math.random().toString(36).slice(2)}`);

export function newCompany(code6: string, fields: Partial<Omit<Company, 'id' | 'version' | 'history' | 'updatedAt'>> = {}): Company {
	return { id: newId(), version: 0, name: '', code6, employees: null, contact: '', period: '', status: '打診中', deskCode6: '', ...fields, updatedAt: new Date().toISOString(), history: [] };
}

/** The municipality that runs the company's desk. */
export const deskOf = (c: Pick<Company, 'code6' | 'deskCode6'>) => c.deskCode6 || c.code6;

const EVENT_STATUS_OF: Record<CompanyStatus, EventStatus> = { 打診中: '候補', 希望あり: '候補', 日程調整中: '調整中', 実施決定: '確定', 実施済: '実施済', 見送り: '候補' };

/**
 * The company's event in one step: 企業等への出張申請受付 run by the desk's municipality at the
 * company's site, linked by companyId; the date is the caller's (the preferred period is free text).
 */
export function eventFromCompany(c: Company, date: string, siteName: string): PlanEvent {
	return { ...newEvent(deskOf(c), date), kind: 'corporate', company: c.name, site: siteName, companyId: c.id, contact: c.contact, status: EVENT_STATUS_OF[c.status] };
}

export interface CompanyCounts {
	byStatus: { status: CompanyStatus; count: number; employees: number }[];
	byBureau: { bureau: string; count: number; employees: number; decided: number }[];
}

/** Companies and their employees on site by status (every status, in order) and by the bureau of the site. */
export function companyCounts(companies: readonly Company[], bureauOf: (code6: string) => string): CompanyCounts {
	const byStatus = COMPANY_STATUSES.map((status) => ({ status, count: 0, employees: 0 }));
	const bureaus = new Map<string, { bureau: string; count: number; employees: number; decided: number }>();
	for (const c of companies) {
		const s = byStatus[COMPANY_STATUSES.indexOf(c.status)];
		s.count++;
		s.employees += c.employees ?? 0;
		const bureau = bureauOf(c.code6);
		const b = bureaus.get(bureau) ?? { bureau, count: 0, employees: 0, decided: 0 };
		b.count++;
		b.employees += c.employees ?? 0;
		if (c.status === '実施決定' || c.status === '実施済') b.decided++;
		bureaus.set(bureau, b);
	}
	return { byStatus, byBureau: [...bureaus.values()].sort((a, b) => b.count - a.count || a.bureau.localeCompare(b.bureau, 'ja')) };
}

/** The register's order: by status as work proceeds (打診中 … 見送り), then by name. */
export function sortCompanies(companies: readonly Company[]): Company[] {
	return [...companies].sort((a, b) => COMPANY_STATUSES.indexOf(a.status) - COMPANY_STATUSES.indexOf(b.status) || a.name.localeCompare(b.name, 'ja') || (a.id < b.id ? -1 : 1));
}
