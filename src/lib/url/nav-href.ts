/**
 * The link to another screen that keeps the prefecture and release the user chose: 地図 → 全国比較
 * → 概要 → 計画 and back keep `pref` and `date`; nothing else of a screen's own state travels.
 */
export interface NavContext {
	pref: string | null;
	date: string | null;
}

/** `path` with the chosen prefecture and release as its query (none when neither was chosen). */
export function navHref(path: string, { pref, date }: NavContext): string {
	const params = new URLSearchParams();
	if (pref) params.set('pref', pref);
	if (date) params.set('date', date);
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** The prefecture and release an address names (read as they are: each screen checks them itself). */
export function navContextOf(search: string): NavContext {
	const params = new URLSearchParams(search);
	return { pref: params.get('pref') || null, date: params.get('date') || null };
}

/** Sent on `window` when a page changes its own address without a navigation (shallow routing). */
export const ADDRESS_CHANGED_EVENT = 'kofuritsu:address';
