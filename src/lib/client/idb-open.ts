/**
 * Opens one of the site's small IndexedDB databases (version 1) that hold a single object store
 * keyed by `keyPath`, creating the store on first use.
 */
export function openKeyedStore(dbName: string, store: string, keyPath: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(dbName, 1);
		request.onupgradeneeded = () => {
			if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store, { keyPath });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}
