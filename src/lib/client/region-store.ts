/**
 * Imported region lists (one per prefecture) in IndexedDB, versioned like companies: an import
 * makes the next version of the prefecture's list, and a plan file's list is merged by the same
 * rules as events and companies (merge.ts). The map page reads a prefecture's list through
 * `loadRegionList`.
 */
import { mergePlans, type MergeResult } from '../plan/merge';
import { isDeleted, revOf, successor, type VersionedRecord } from '../plan/revision';
import { parseRegionFile, regionListId, type RegionList } from '../regions/region-list';
import type { MunicipalityName } from '../plan/company-import';
import { ja } from '../messages/ja';
import { openKeyedStore } from './idb-open';

const DB_NAME = 'kofuritsu-regions';
const LISTS = 'lists';

const open = () => openKeyedStore(DB_NAME, LISTS, 'id');

async function withStore<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
	const db = await open();
	try {
		const tx = db.transaction(LISTS, mode);
		const done = new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error)), (tx.onabort = () => reject(tx.error))));
		const result = await body(tx.objectStore(LISTS));
		await done;
		return result;
	} finally {
		db.close();
	}
}

const get = (store: IDBObjectStore, id: string) =>
	new Promise<VersionedRecord<RegionList> | undefined>((resolve, reject) => {
		const r = store.get(id);
		r.onsuccess = () => resolve(r.result as VersionedRecord<RegionList> | undefined);
		r.onerror = () => reject(r.error);
	});

/** The prefecture's region list, or null when none was imported (its municipalities then stand alone). */
export async function loadRegionList(prefecture: string): Promise<RegionList | null> {
	const record = await withStore('readonly', (store) => get(store, regionListId(prefecture)));
	return record && !isDeleted(record) ? record : null;
}

/** Stores `list` as the next version of the prefecture's list (unchanged content writes nothing). */
export async function saveRegionList(list: Omit<RegionList, 'version' | 'history'>): Promise<RegionList> {
	return withStore('readwrite', async (store) => {
		const current = await get(store, list.id);
		const now = new Date().toISOString();
		const next: RegionList = current ? successor(current, { ...list, version: current.version, history: current.history }, now) : { ...list, version: 1, history: [], updatedAt: now };
		if (current && !isDeleted(current) && revOf({ ...next, version: current.version }) === revOf(current)) return current;
		store.put(next);
		return next;
	});
}

/** A plan file's region list merged into the stored one (conflicts keep the local list, returned for a choice). */
export async function mergeRegionList(incoming: RegionList): Promise<MergeResult<RegionList>> {
	return withStore('readwrite', async (store) => {
		const local = await get(store, incoming.id);
		const result = mergePlans<RegionList>(local ? [local] : [], [incoming]);
		for (const r of result.changed) store.put(r);
		return result;
	});
}

/** Reads and stores a region list file, all or nothing; the message names file, row and column when refused. */
export async function importRegionList(file: File, prefecture: string, municipalities: readonly MunicipalityName[]): Promise<{ kind: 'error' | 'info'; text: string }> {
	try {
		const list = await parseRegionFile(file.name, new Uint8Array(await file.arrayBuffer()), prefecture, municipalities);
		await saveRegionList(list);
		return { kind: 'info', text: ja.regionImported(file.name, Object.keys(list.regions).length, new Set(Object.values(list.regions)).size) };
	} catch (error) {
		console.error(error);
		return { kind: 'error', text: (error as Error).message };
	}
}
