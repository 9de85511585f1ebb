/**
 * Headquarters' loaded set of bureau plan files, kept in IndexedDB until removed, so a reload or
 * the next day shows the same set. One small API: load the set, write the set.
 */
import type { HqFile } from '../plan/hq-files';
import { openKeyedStore } from './idb-open';

const DB_NAME = 'kofuritsu-hq';
const FILES = 'files';

const open = () => openKeyedStore(DB_NAME, FILES, 'id');

export async function loadHqFiles(): Promise<HqFile[]> {
	const db = await open();
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
export async function saveHqFiles(files: readonly HqFile[]): Promise<void> {
	const db = await open();
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
