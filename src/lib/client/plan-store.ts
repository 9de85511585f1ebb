/**
 * The outreach plan in IndexedDB, saved on every change. Each event carries a version: a save
 * from a tab that edited an older version is refused (the other tab's change is never
 * overwritten silently), and every change is announced to the other open tabs.
 */
import type { PlanEvent } from '../plan/events';

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
			tx.onabort = () => reject(tx.error ?? new PlanConflictError('保存を取り消しました'));
		});
		const result = await body(tx);
		await done;
		return result;
	} finally {
		db.close();
	}
}

const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));

export async function loadEvents(): Promise<PlanEvent[]> {
	return transact([EVENTS], 'readonly', (tx) => request(tx.objectStore(EVENTS).getAll() as IDBRequest<PlanEvent[]>));
}

/** Saves `event` if the stored copy is still the version it was edited from; returns the saved copy. */
export async function saveEvent(event: PlanEvent): Promise<PlanEvent> {
	const saved = await transact([EVENTS], 'readwrite', async (tx) => {
		const store = tx.objectStore(EVENTS);
		const current = (await request(store.get(event.id))) as PlanEvent | undefined;
		if ((current?.version ?? 0) !== event.version) {
			tx.abort();
			throw new PlanConflictError('この行事は別のタブで変更されています。最新の内容を読み込みました。もう一度編集してください。');
		}
		const next = { ...event, version: event.version + 1, updatedAt: new Date().toISOString() };
		store.put(next);
		return next;
	});
	channel?.postMessage('changed');
	return saved;
}

export async function deleteEvent(event: PlanEvent): Promise<void> {
	await transact([EVENTS], 'readwrite', async (tx) => {
		const store = tx.objectStore(EVENTS);
		const current = (await request(store.get(event.id))) as PlanEvent | undefined;
		if (current && current.version !== event.version) {
			tx.abort();
			throw new PlanConflictError('この行事は別のタブで変更されています。削除しませんでした。');
		}
		store.delete(event.id);
	});
	channel?.postMessage('changed');
}

/** Replaces events of the same id with the imported ones (as a whole, in one transaction). */
export async function importEvents(events: PlanEvent[], budget: number | null): Promise<void> {
	await transact([EVENTS, SETTINGS], 'readwrite', (tx) => {
		for (const e of events) tx.objectStore(EVENTS).put(e);
		tx.objectStore(SETTINGS).put(budget, 'budget');
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
