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

/** What every versioned record (event, company, region list) carries: merged by one set of rules. */
export interface Versioned {
	id: string;
	version: number;
	history: string[];
	updatedAt?: string;
}

/** A live record of kind `T`, or its tombstone. */
export type VersionedRecord<T extends Versioned> = T | DeletedEvent;

export type PlanRecord = VersionedRecord<PlanEvent>;
/** A company of the register, or its tombstone: merged by the same rules as events. */
export type CompanyRecord = VersionedRecord<Company>;

/** Ancestors remembered per event; older ones fall off (a merge then asks rather than guesses). */
export const HISTORY_LIMIT = 50;

const CONTENT_KEYS = ['kind', 'code6', 'date', 'time', 'endTime', 'status', 'contact', 'expected', 'actual', 'company', 'site', 'companyId', 'venue', 'product', 'unitCost', 'quantity', 'title'] as const;
const COMPANY_KEYS = ['name', 'code6', 'employees', 'contact', 'period', 'status', 'deskCode6'] as const;

export const isDeleted = <T extends Versioned>(r: VersionedRecord<T>): r is DeletedEvent => 'deleted' in r && r.deleted === true;

/** The editable content of a live record, by kind: a company by its fields, a region list by its table, else an event. */
function contentOf(r: Versioned): unknown {
	const x = r as unknown as Record<string, unknown>;
	// The kinds never share an id space (separate stores and file arrays), so telling them by their fields is safe.
	if ('employees' in x) return COMPANY_KEYS.map((k) => x[k]);
	if ('regions' in x) return [x.prefecture, Object.entries(x.regions as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))];
	return CONTENT_KEYS.map((k) => x[k]);
}

/** FNV-1a (32 bit) of a text: equal text, equal hash, on every machine. */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/** FNV-1a (32 bit) of the editable fields: equal content, equal hash, on every machine. */
export function contentHash<T extends Versioned>(r: VersionedRecord<T>): string {
	if (isDeleted(r)) return 'deleted';
	const text = JSON.stringify(contentOf(r));
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

export const revOf = <T extends Versioned>(r: VersionedRecord<T>) => `${r.version}-${contentHash(r)}`;

/** History kept short: the newest `HISTORY_LIMIT` revisions, by version. */
export function trimHistory(revs: Iterable<string>): string[] {
	const unique = [...new Set(revs)];
	unique.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
	return unique.slice(-HISTORY_LIMIT);
}

/** The record that replaces `previous` (the stored copy) with `next`'s content. */
export function successor<T extends Versioned | DeletedEvent>(previous: Versioned | DeletedEvent, next: T, now: string): T {
	const history = trimHistory([...previous.history, revOf(previous)]);
	return isDeleted(next) ? { ...next, version: previous.version + 1, history, deletedAt: now } : { ...next, version: previous.version + 1, history, updatedAt: now };
}

export function tombstoneOf(e: Versioned | DeletedEvent, now: string): DeletedEvent {
	return successor(e, { id: e.id, deleted: true, version: e.version, history: e.history, deletedAt: now }, now);
}
