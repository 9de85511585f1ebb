/**
 * Releases imported in this browser, kept in IndexedDB in the published layout until the user
 * removes them, and replayed into DuckDB-wasm each time it starts. Nothing leaves the browser.
 */
import { openKeyedStore } from './idb-open';

export interface StoredRelease {
	releaseDate: string;
	/** Published-layout CSV text, by table kind. */
	files: Record<string, string>;
	fileNames: string[];
	importedAt: string;
}

const DB_NAME = 'kofuritsu';
const STORE = 'imported-releases';

const open = () => openKeyedStore(DB_NAME, STORE, 'releaseDate');

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			const request = action(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		db.close();
	}
}

export const listStoredReleases = () => run<StoredRelease[]>('readonly', (s) => s.getAll() as IDBRequest<StoredRelease[]>);
export const putStoredRelease = (release: StoredRelease) => run('readwrite', (s) => s.put(release));
export const deleteStoredRelease = (releaseDate: string) => run('readwrite', (s) => s.delete(releaseDate));
