/**
 * Headquarters' loaded set of bureau plan files, kept in IndexedDB until removed, so a reload or
 * the next day shows the same set: one set per prefecture (hqDatabaseName), so another prefecture's
 * headquarters never opens with this one's files. One small API: load the set, write the set.
 */
import type { HqFile } from '../plan/hq-files';
import { openKeyedStore } from './idb-open';
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { hqDatabaseName } from '../plan/hq-files';

const FILES = 'files';

const open = (prefecture: string) => openKeyedStore(hqDatabaseName(prefecture, SITE_PREFECTURE), FILES, 'id');

/** The set of one prefecture's headquarters, as HqPage reads and writes it. */
export const hqStore = (prefecture: string) => ({ load: () => loadHqFiles(prefecture), save: (files: readonly HqFile[]) => saveHqFiles(prefecture, files) });

async function loadHqFiles(prefecture: string): Promise<HqFile[]> {
	const db = await open(prefecture);
	try {
		const files = await new Promise<HqFile[]>((resolve, reject) => {
			const r = db.transaction(FILES, 'readonly').objectStore(FILES).getAll();
			r.onsuccess = () => resolve(r.result as HqFile[]);
			r.onerror = () => reject(r.error);
		});
		return files.sort((a, b) => a.order - b.order);
	} finally {
		db.close();
	}
}

/** Replaces the stored set with `files`, in one transaction. */
async function saveHqFiles(prefecture: string, files: readonly HqFile[]): Promise<void> {
	const db = await open(prefecture);
	try {
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(FILES, 'readwrite');
			const store = tx.objectStore(FILES);
			store.clear();
			for (const f of files) store.put(f);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}
