/**
 * An event's revision: its version and a hash of what a person can edit. Each save records the
 * revision it replaced in `history`, so "A grew from B" is a lookup, not a guess from numbers.
 */
import type { PlanEvent } from './events';
import type { Company } from './companies';

/** A deleted event: kept so a merge can tell "deleted here" from "never had it". */
export interface DeletedEvent {
	id: string;
	deleted: true;
	version: number;
	history: string[];
	deletedAt: string;
}

export type PlanRecord = PlanEvent | DeletedEvent;
/** A company of the register, or its tombstone: merged by the same rules as events. */
export type CompanyRecord = Company | DeletedEvent;

/** Ancestors remembered per event; older ones fall off (a merge then asks rather than guesses). */
export const HISTORY_LIMIT = 50;

const CONTENT_KEYS = ['kind', 'code6', 'date', 'time', 'endTime', 'status', 'contact', 'expected', 'actual', 'company', 'site', 'companyId', 'venue', 'product', 'unitCost', 'quantity', 'title'] as const;
const COMPANY_KEYS = ['name', 'code6', 'employees', 'contact', 'period', 'status', 'deskCode6'] as const;

export const isDeleted = (r: PlanRecord | CompanyRecord): r is DeletedEvent => 'deleted' in r && r.deleted === true;

/** FNV-1a (32 bit) of the editable fields: equal content, equal hash, on every machine. */
export function contentHash(r: PlanRecord | CompanyRecord): string {
	if (isDeleted(r)) return 'deleted';
	// A company is told from an event by its fields: the two never share an id space (separate stores and file arrays).
	const text = JSON.stringify('employees' in r ? COMPANY_KEYS.map((k) => r[k]) : CONTENT_KEYS.map((k) => r[k]));
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

export const revOf = (r: PlanRecord | CompanyRecord) => `${r.version}-${contentHash(r)}`;

/** History kept short: the newest `HISTORY_LIMIT` revisions, by version. */
export function trimHistory(revs: Iterable<string>): string[] {
	const unique = [...new Set(revs)];
	unique.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
	return unique.slice(-HISTORY_LIMIT);
}

/** The record that replaces `previous` (the stored copy) with `next`'s content. */
export function successor<T extends PlanRecord | CompanyRecord>(previous: PlanRecord | CompanyRecord, next: T, now: string): T {
	const history = trimHistory([...previous.history, revOf(previous)]);
	return isDeleted(next) ? { ...next, version: previous.version + 1, history, deletedAt: now } : { ...next, version: previous.version + 1, history, updatedAt: now };
}

export function tombstoneOf(e: PlanRecord | CompanyRecord, now: string): DeletedEvent {
	return successor(e, { id: e.id, deleted: true, version: e.version, history: e.history, deletedAt: now }, now);
}
