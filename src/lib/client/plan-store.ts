/**
 * The outreach plan in IndexedDB, saved on every change. Each event carries a version and the
 * revisions it grew from: a save from a tab that edited an older version is refused (the other
 * tab's change is never overwritten silently), a deletion leaves a tombstone, an imported file
 * is merged event by event (merge.ts), and every change is announced to the other open tabs.
 */
import { defaultEndTime, type PlanEvent } from '../plan/events';
import type { Company } from '../plan/companies';
import type { ImportedCompany } from '../plan/company-import';
import type { CompanyRecord } from '../plan/revision';
import type { CompanyConflict } from '../plan/conflict-view';
import type { SubsidyRule } from '../plan/subsidy-rule';
import { isDeleted, revOf, successor, tombstoneOf, type DeletedEvent, type PlanRecord, type Versioned, type VersionedRecord } from '../plan/revision';
import { mergeBudget, mergePlans, resolveConflict, type MergeConflict, type MergeResult } from '../plan/merge';
import { companyRecordsOf, recordsOf, type PlanFile } from '../plan/plan-file';
import { sameSubsidyRule } from '../plan/subsidy-rule';
import { ja } from '../messages/ja';

const DB_NAME = 'kofuritsu-plan';
const EVENTS = 'events';
const SETTINGS = 'settings';
const COMPANIES = 'companies';
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('kofuritsu-plan') : null;

export class PlanConflictError extends Error {}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		// Version 2 adds the company register; an older database keeps its events and settings.
		const request = indexedDB.open(DB_NAME, 2);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(EVENTS)) db.createObjectStore(EVENTS, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
			if (!db.objectStoreNames.contains(COMPANIES)) db.createObjectStore(COMPANIES, { keyPath: 'id' });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function transact<T>(stores: string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
	const db = await open();
	try {
		const tx = db.transaction(stores, mode);
		const done = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error ?? new PlanConflictError(ja.planSaveCancelled));
		});
		// When the body throws (a refused save aborts the transaction), `done` rejects unawaited: handled here, not logged as uncaught.
		done.catch(() => undefined);
		const result = await body(tx);
		await done;
		return result;
	} finally {
		db.close();
	}
}

const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));

/**
 * Stored records from before revisions were kept have no history: read them as having none; events
 * from before end times and company links read as ending two hours after the start and unlinked.
 */
const normalise = (r: PlanRecord): PlanRecord => {
	const withHistory = Array.isArray(r.history) ? r : { ...r, history: [] };
	if (isDeleted(withHistory) || (typeof withHistory.endTime === 'string' && typeof withHistory.companyId === 'string')) return withHistory;
	const { subsidyShare: _dropped, ...rest } = withHistory as PlanEvent & { subsidyShare?: number };
	return { ...rest, endTime: rest.endTime ?? defaultEndTime(rest.time), companyId: rest.companyId ?? '' };
};

async function allRecords(tx: IDBTransaction): Promise<PlanRecord[]> {
	return ((await request(tx.objectStore(EVENTS).getAll())) as PlanRecord[]).map(normalise);
}

export async function loadRecords(): Promise<PlanRecord[]> {
	return transact([EVENTS], 'readonly', allRecords);
}

export async function loadEvents(): Promise<PlanEvent[]> {
	return (await loadRecords()).filter((r): r is PlanEvent => !isDeleted(r));
}

export async function loadDeleted(): Promise<DeletedEvent[]> {
	return (await loadRecords()).filter(isDeleted);
}

/** Saves `record` into `storeName` if the stored copy is still the version it was edited from; returns the saved copy. */
async function saveVersioned<T extends Versioned>(storeName: string, record: T, read: (r: VersionedRecord<T>) => VersionedRecord<T> = (r) => r): Promise<T> {
	const saved = await transact([storeName], 'readwrite', async (tx) => {
		const store = tx.objectStore(storeName);
		const stored = (await request(store.get(record.id))) as VersionedRecord<T> | undefined;
		const current = stored && read(stored);
		if (current ? isDeleted(current) || current.version !== record.version : record.version !== 0) {
			tx.abort();
			throw new PlanConflictError(ja.planChangedElsewhere);
		}
		const now = new Date().toISOString();
		const next: T = current ? successor(current, record, now) : { ...record, version: 1, updatedAt: now, history: [] };
		store.put(next);
		return next;
	});
	channel?.postMessage('changed');
	return saved;
}

/** Deletes `record` from `storeName` (keeping a tombstone) if it is still the version shown. */
async function deleteVersioned<T extends Versioned>(storeName: string, record: T): Promise<void> {
	await transact([storeName], 'readwrite', async (tx) => {
		const store = tx.objectStore(storeName);
		const current = (await request(store.get(record.id))) as VersionedRecord<T> | undefined;
		if (!current || isDeleted(current) || current.version !== record.version) {
			tx.abort();
			throw new PlanConflictError(ja.planDeletedElsewhere);
		}
		store.put(tombstoneOf(current, new Date().toISOString()));
	});
	channel?.postMessage('changed');
}

/** Writes the chosen side of a conflict into `storeName`, unless the local copy changed since the merge. */
async function settleVersioned<T extends Versioned>(storeName: string, conflict: MergeConflict<T>, choice: 'local' | 'incoming', staleMessage: string): Promise<void> {
	await transact([storeName], 'readwrite', async (tx) => {
		const store = tx.objectStore(storeName);
		const current = (await request(store.get(conflict.id))) as VersionedRecord<T> | undefined;
		if (!current || revOf(current) !== revOf(conflict.local)) {
			tx.abort();
			throw new PlanConflictError(staleMessage);
		}
		store.put(resolveConflict(conflict, choice, new Date().toISOString()));
	});
	channel?.postMessage('changed');
}

/** Saves `event` if the stored copy is still the version it was edited from; returns the saved copy. */
export const saveEvent = (event: PlanEvent): Promise<PlanEvent> => saveVersioned(EVENTS, event, normalise);

/** Deletes `event` (keeping a tombstone) if it is still the version shown. */
export const deleteEvent = (event: PlanEvent): Promise<void> => deleteVersioned(EVENTS, event);

export interface ImportOutcome {
	result: MergeResult;
	budgetConflict: { local: number; incoming: number } | null;
	/** Companies merged by the same rules as events (conflicts keep the local copy until chosen). */
	companies?: MergeResult<Company>;
	/** The file's subsidy rule when it differs from this plan's (the local one is kept). */
	ruleConflict?: { local: SubsidyRule; incoming: SubsidyRule } | null;
}

/** Merges a parsed plan file into the stored plan in one transaction; conflicts are returned, not written. */
export async function importPlan(file: PlanFile): Promise<ImportOutcome> {
	const outcome = await transact([EVENTS, SETTINGS, COMPANIES], 'readwrite', async (tx) => {
		const local = await allRecords(tx);
		const localBudget = ((await request(tx.objectStore(SETTINGS).get('budget'))) as number | null | undefined) ?? null;
		const result = mergePlans(local, recordsOf(file));
		const budget = mergeBudget(localBudget, file.budget);
		for (const r of result.changed) tx.objectStore(EVENTS).put(r);
		if (budget.budget !== localBudget) tx.objectStore(SETTINGS).put(budget.budget, 'budget');
		// Companies carry id, version and history like events: the same merge, on their own store.
		const localCompanies = (await request(tx.objectStore(COMPANIES).getAll())) as CompanyRecord[];
		const companies = mergePlans<Company>(localCompanies, companyRecordsOf(file));
		for (const r of companies.changed) tx.objectStore(COMPANIES).put(r);
		const localRule = ((await request(tx.objectStore(SETTINGS).get('subsidyRule'))) as SubsidyRule | undefined) ?? null;
		let ruleConflict: ImportOutcome['ruleConflict'] = null;
		if (file.subsidyRule && !localRule) tx.objectStore(SETTINGS).put(file.subsidyRule, 'subsidyRule');
		else if (file.subsidyRule && localRule && !sameSubsidyRule(localRule, file.subsidyRule)) ruleConflict = { local: localRule, incoming: file.subsidyRule };
		return { result, budgetConflict: budget.conflict, companies, ruleConflict };
	});
	channel?.postMessage('changed');
	return outcome;
}

/** Writes the chosen side of a conflict, unless the local copy changed since the import. */
export const settleConflict = (conflict: MergeConflict, choice: 'local' | 'incoming'): Promise<void> => settleVersioned(EVENTS, conflict, choice, ja.planConflictStale);

export async function loadBudget(): Promise<number | null> {
	return transact([SETTINGS], 'readonly', (tx) => request(tx.objectStore(SETTINGS).get('budget') as IDBRequest<number | null>)).then((b) => b ?? null);
}

export async function saveBudget(budget: number | null): Promise<void> {
	await transact([SETTINGS], 'readwrite', (tx) => void tx.objectStore(SETTINGS).put(budget, 'budget'));
	channel?.postMessage('changed');
}

export function onPlanChanged(listener: () => void): () => void {
	const handler = () => listener();
	channel?.addEventListener('message', handler);
	return () => channel?.removeEventListener('message', handler);
}

// ── The company register and the subsidy rule: additive, same rules as events. ──

export async function loadCompanyRecords(): Promise<CompanyRecord[]> {
	return transact([COMPANIES], 'readonly', (tx) => request(tx.objectStore(COMPANIES).getAll()) as Promise<CompanyRecord[]>);
}

export async function loadCompanies(): Promise<Company[]> {
	return (await loadCompanyRecords()).filter((r): r is Company => !isDeleted(r));
}

/** Saves `company` if the stored copy is still the version it was edited from; returns the saved copy. */
export const saveCompany = (company: Company): Promise<Company> => saveVersioned(COMPANIES, company);

export const deleteCompany = (company: Company): Promise<void> => deleteVersioned(COMPANIES, company);

/**
 * An imported company list, in one transaction (all or nothing): a row whose name and site
 * municipality match a company already listed updates it (a new version); any other row is added.
 */
export async function importCompanies(rows: readonly ImportedCompany[], make: (row: ImportedCompany) => Company): Promise<{ added: number; updated: number }> {
	const counts = await transact([COMPANIES], 'readwrite', async (tx) => {
		const store = tx.objectStore(COMPANIES);
		const existing = ((await request(store.getAll())) as CompanyRecord[]).filter((r): r is Company => !isDeleted(r));
		const byKey = new Map(existing.map((c) => [`${c.name}\u0000${c.code6}`, c]));
		const now = new Date().toISOString();
		let added = 0;
		let updated = 0;
		for (const row of rows) {
			const { line: _line, ...fields } = row;
			const current = byKey.get(`${row.name}\u0000${row.code6}`);
			if (current) {
				const next = { ...current, ...fields };
				if (revOf(next) === revOf(current)) continue;
				store.put(successor(current, next, now));
				updated++;
			} else {
				store.put({ ...make(row), version: 1, updatedAt: now, history: [] });
				added++;
			}
		}
		return { added, updated };
	});
	channel?.postMessage('changed');
	return counts;
}

export async function loadSubsidyRule(): Promise<SubsidyRule | null> {
	return transact([SETTINGS], 'readonly', (tx) => request(tx.objectStore(SETTINGS).get('subsidyRule') as IDBRequest<SubsidyRule | undefined>)).then((r) => r ?? null);
}

export async function saveSubsidyRule(rule: SubsidyRule): Promise<void> {
	await transact([SETTINGS], 'readwrite', (tx) => void tx.objectStore(SETTINGS).put(rule, 'subsidyRule'));
	channel?.postMessage('changed');
}

/** Writes the chosen side of a company conflict, unless the local copy changed since (the same rule as events). */
export const settleCompanyConflict = (conflict: CompanyConflict, choice: 'local' | 'incoming'): Promise<void> => settleVersioned(COMPANIES, conflict, choice, ja.companyConflictStale);
