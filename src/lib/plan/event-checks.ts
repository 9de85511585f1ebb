/**
 * What a plan event's fields may hold, checked the same way for a file being imported and an
 * event being saved from the editor. Each check returns null or the Japanese problem.
 */
import { defaultEndTime, EVENT_KINDS, EVENT_STATUSES } from './events';
import { HISTORY_LIMIT } from './revision';
import { ja } from '../messages/ja';

/** The municipality codes a plan may name (a Set, or the page's Map by code). */
export type KnownCodes = { has(code: string): boolean };

/** Ids go into file names, URLs and iCalendar UIDs: a short, plain alphabet only. */
export const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** A version counts saves; far below 2^53 so `version + 1` is always exact. */
export const MAX_EVENT_VERSION = 1_000_000_000;
export const MAX_COUNT = 10_000_000;
export const MAX_UNIT_YEN = 100_000_000;
export const MAX_BUDGET_YEN = 1_000_000_000_000;
const MAX_TEXT = 500;
const MAX_NOTE = 2_000;
const REVISION = /^\d{1,10}-(?:[0-9a-f]{8}|deleted)$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** A real day in YYYY-MM-DD (2022-02-30 is not), years 2000–2099. */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^20\d{2}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isClock = (v: unknown): v is string => typeof v === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v);
const isIntegerIn = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const own = (o: object, key: unknown) => typeof key === 'string' && Object.hasOwn(o, key);

export const isBudget = (v: unknown): v is number | null => v === null || isIntegerIn(v, MAX_BUDGET_YEN);

type Check = (v: unknown, knownCodes: KnownCodes) => string | null;

/** Field name (as in the file, with its Japanese label) → check. */
export const EVENT_FIELDS: Record<string, { label: string; check: Check }> = {
	id: { label: 'id', check: (v) => (typeof v === 'string' && EVENT_ID.test(v) ? null : ja.planNeedId) },
	version: { label: 'version（版）', check: (v) => (isIntegerIn(v, MAX_EVENT_VERSION) ? null : ja.planNeedVersion(MAX_EVENT_VERSION)) },
	kind: { label: 'kind（種類）', check: (v) => (own(EVENT_KINDS, v) ? null : ja.planNeedKind) },
	code6: { label: 'code6（市町村）', check: (v, codes) => (typeof v === 'string' && codes.has(v) ? null : ja.planNeedCode) },
	date: { label: 'date（日付）', check: (v) => (isCalendarDate(v) ? null : ja.planNeedDate) },
	time: { label: 'time（開始時刻）', check: (v) => (isClock(v) ? null : ja.planNeedTime) },
	endTime: { label: 'endTime（終了時刻）', check: (v) => (isClock(v) ? null : ja.planNeedTime) },
	status: { label: 'status（状況）', check: (v) => ((EVENT_STATUSES as readonly unknown[]).includes(v) ? null : ja.planNeedStatus) },
	expected: { label: 'expected（見込み申請数）', check: (v) => (isIntegerIn(v, MAX_COUNT) ? null : ja.planNeedCount(MAX_COUNT)) },
	actual: { label: 'actual（実績申請数）', check: (v) => (v === null || isIntegerIn(v, MAX_COUNT) ? null : ja.planNeedCountOrNull(MAX_COUNT)) },
	unitCost: { label: 'unitCost（単価）', check: (v) => (isIntegerIn(v, MAX_UNIT_YEN) ? null : ja.planNeedYen(MAX_UNIT_YEN)) },
	quantity: { label: 'quantity（数量）', check: (v) => (isIntegerIn(v, MAX_COUNT) ? null : ja.planNeedCount(MAX_COUNT)) },
	contact: { label: 'contact（連絡メモ）', check: (v) => (isText(v, MAX_NOTE) ? null : ja.planNeedText(MAX_NOTE)) },
	company: { label: 'company（企業等）', check: (v) => (isText(v, MAX_TEXT) ? null : ja.planNeedText(MAX_TEXT)) },
	site: { label: 'site（場所）', check: (v) => (isText(v, MAX_TEXT) ? null : ja.planNeedText(MAX_TEXT)) },
	companyId: { label: 'companyId（企業等の登録）', check: (v) => (v === '' || (typeof v === 'string' && EVENT_ID.test(v)) ? null : ja.planNeedId) },
	venue: { label: 'venue（会場）', check: (v) => (isText(v, MAX_TEXT) ? null : ja.planNeedText(MAX_TEXT)) },
	product: { label: 'product（ノベルティ）', check: (v) => (isText(v, MAX_TEXT) ? null : ja.planNeedText(MAX_TEXT)) },
	title: { label: 'title（名称）', check: (v) => (isText(v, MAX_TEXT) ? null : ja.planNeedText(MAX_TEXT)) },
	updatedAt: { label: 'updatedAt（更新日時）', check: (v) => (typeof v === 'string' && TIMESTAMP.test(v) ? null : ja.planNeedTimestamp) }
};

/**
 * Fields older plan files may lack, with what they read as: no end time → start + 2 h (what the
 * iCalendar export assumed before), no company link → none.
 */
export const EVENT_DEFAULTS: Record<string, (raw: Record<string, unknown>) => unknown> = {
	endTime: (raw) => (isClock(raw.time) ? defaultEndTime(raw.time) : undefined),
	companyId: () => ''
};

/** Fields older plan files had and this version no longer keeps: checked as before, then dropped (the subsidy is now the plan's rule). */
export const LEGACY_EVENT_FIELDS: Record<string, { label: string; check: (v: unknown) => string | null }> = {
	subsidyShare: { label: 'subsidyShare（国の補助の割合）', check: (v) => (v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1) ? null : ja.planNeedShare) }
};

/** End after start, on the same day (HH:MM compares as text). */
export const timeOrderProblem = (e: { time?: unknown; endTime?: unknown }): string | null =>
	isClock(e.time) && isClock(e.endTime) && e.endTime <= e.time ? ja.planNeedEndAfterStart : null;

/** Fields of a deleted event (a tombstone). */
export const DELETED_FIELDS: Record<string, { label: string; check: Check }> = {
	id: EVENT_FIELDS.id,
	version: EVENT_FIELDS.version,
	deleted: { label: 'deleted', check: (v) => (v === true ? null : ja.planNeedDeleted) },
	deletedAt: { label: 'deletedAt（削除日時）', check: EVENT_FIELDS.updatedAt.check }
};

export const HISTORY_FIELD = {
	label: 'history（版の履歴）',
	check: (v: unknown) => (v === undefined || (Array.isArray(v) && v.length <= HISTORY_LIMIT && v.every((r) => typeof r === 'string' && REVISION.test(r))) ? null : ja.planNeedHistory(HISTORY_LIMIT))
};

/** The first problem of an edited event, as "field: problem", or null when it may be saved. */
export function editProblem(event: Record<string, unknown>, knownCodes: KnownCodes): string | null {
	for (const [key, { label, check }] of Object.entries(EVENT_FIELDS)) {
		if (key === 'updatedAt') continue;
		const problem = check(event[key], knownCodes);
		if (problem) return ja.planEditProblem(label, problem);
	}
	const order = timeOrderProblem(event);
	return order ? ja.planEditProblem(EVENT_FIELDS.endTime.label, order) : null;
}
