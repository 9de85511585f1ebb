/**
 * The outreach plan in IndexedDB, saved on every change. Each event carries a version and the
 * revisions it grew from: a save from a tab that edited an older version is refused (the other
 * tab's change is never overwritten silently), a deletion leaves a tombstone, an imported file
 * is merged event by event (merge.ts), and every change is announced to the other open tabs.
 */
import type { PlanEvent } from '../plan/events';
import { isDeleted, revOf, successor, tombstoneOf, type DeletedEvent, type PlanRecord } from '../plan/revision';
import { mergeBudget, mergePlans, resolveConflict, type MergeConflict, type MergeResult } from '../plan/merge';
import { recordsOf, type PlanFile } from '../plan/plan-file';
import { ja } from '../messages/ja';

const DB_NAME = 'kofuritsu-plan';
const EVENTS = 'events';
const SETTINGS = 'settings';
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('kofuritsu-plan') : null;

export class PlanConflictError extends Error {}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => {
			request.result.createObjectStore(EVENTS, { keyPath: 'id' });
			request.result.createObjectStore(SETTINGS);
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

/** Stored records from before revisions were kept have no history: read them as having none. */
const normalise = (r: PlanRecord): PlanRecord => (Array.isArray(r.history) ? r : { ...r, history: [] });

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

async function storedCopy(store: IDBObjectStore, id: string): Promise<PlanRecord | undefined> {
	const current = (await request(store.get(id))) as PlanRecord | undefined;
	return current && normalise(current);
}

/** Saves `event` if the stored copy is still the version it was edited from; returns the saved copy. */
export async function saveEvent(event: PlanEvent): Promise<PlanEvent> {
	const saved = await transact([EVENTS], 'readwrite', async (tx) => {
		const store = tx.objectStore(EVENTS);
		const current = await storedCopy(store, event.id);
		if (current ? isDeleted(current) || current.version !== event.version : event.version !== 0) {
			tx.abort();
			throw new PlanConflictError(ja.planChangedElsewhere);
		}
		const now = new Date().toISOString();
		const next = current ? successor(current, event, now) : { ...event, version: 1, updatedAt: now, history: [] };
		store.put(next);
		return next;
	});
	channel?.postMessage('changed');
	return saved;
}

/** Deletes `event` (keeping a tombstone) if it is still the version shown. */
export async function deleteEvent(event: PlanEvent): Promise<void> {
	await transact([EVENTS], 'readwrite', async (tx) => {
		const store = tx.objectStore(EVENTS);
		const current = await storedCopy(store, event.id);
		if (!current || isDeleted(current) || current.version !== event.version) {
			tx.abort();
			throw new PlanConflictError(ja.planDeletedElsewhere);
		}
		store.put(tombstoneOf(current, new Date().toISOString()));
	});
	channel?.postMessage('changed');
}

export interface ImportOutcome {
	result: MergeResult;
	budgetConflict: { local: number; incoming: number } | null;
}

/** Merges a parsed plan file into the stored plan in one transaction; conflicts are returned, not written. */
export async function importPlan(file: PlanFile): Promise<ImportOutcome> {
	const outcome = await transact([EVENTS, SETTINGS], 'readwrite', async (tx) => {
		const local = await allRecords(tx);
		const localBudget = ((await request(tx.objectStore(SETTINGS).get('budget'))) as number | null | undefined) ?? null;
		const result = mergePlans(local, recordsOf(file));
		const budget = mergeBudget(localBudget, file.budget);
		for (const r of result.changed) tx.objectStore(EVENTS).put(r);
		if (budget.budget !== localBudget) tx.objectStore(SETTINGS).put(budget.budget, 'budget');
		return { result, budgetConflict: budget.conflict };
	});
	channel?.postMessage('changed');
	return outcome;
}

/** Writes the chosen side of a conflict, unless the local copy changed since the import. */
export async function settleConflict(conflict: MergeConflict, choice: 'local' | 'incoming'): Promise<void> {
	await transact([EVENTS], 'readwrite', async (tx) => {
		const store = tx.objectStore(EVENTS);
		const current = await storedCopy(store, conflict.id);
		if (!current || revOf(current) !== revOf(conflict.local)) {
			tx.abort();
			throw new PlanConflictError(ja.planConflictStale);
		}
		store.put(resolveConflict(conflict, choice, new Date().toISOString()));
	});
	channel?.postMessage('changed');
}

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
