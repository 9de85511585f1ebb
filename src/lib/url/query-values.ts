/**
 * Reading a page's URL query by a list of allowed values, with a record of what was not allowed:
 * every page shows what it ignored (「?date=2099-01-01 は…」) and corrects the address bar, so the
 * bar never keeps a value the page is not showing.
 */

/** A query value the page could not use. */
export interface IgnoredValue {
	key: string;
	value: string;
}

/** Picks values from a query against allowed lists and remembers the ones it had to ignore. */
export class QueryReader {
	readonly ignored: IgnoredValue[] = [];
	constructor(readonly params: URLSearchParams) {}

	/** The value of `key` if it is one of `allowed`; null when absent or not allowed (then recorded). */
	pick<T extends string>(key: string, allowed: readonly T[]): T | null {
		const value = this.params.get(key);
		if (value == null || value === '') return null;
		if ((allowed as readonly string[]).includes(value)) return value as T;
		this.ignored.push({ key, value });
		return null;
	}

	/** The value of `key` if `accept` takes it; null when absent or refused (then recorded). */
	accept(key: string, accept: (value: string) => boolean): string | null {
		const value = this.params.get(key);
		if (value == null || value === '') return null;
		if (accept(value)) return value;
		this.ignored.push({ key, value });
		return null;
	}
}

/** The query without the ignored keys, as `?a=b` or ''. */
export function correctedQuery(params: URLSearchParams, ignored: readonly IgnoredValue[]): string {
	const next = new URLSearchParams(params);
	for (const { key } of ignored) next.delete(key);
	const text = next.toString();
	return text ? `?${text}` : '';
}

/** One Japanese sentence naming what was ignored, or null when nothing was. */
export function ignoredNote(ignored: readonly IgnoredValue[]): string | null {
	if (!ignored.length) return null;
	const items = ignored.map(({ key, value }) => `${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
	return `アドレスの「${items.join('」「')}」は読めないため使わず、既定の表示にしました。`;
}
