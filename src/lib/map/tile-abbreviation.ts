/**
 * Two-character labels for the tile view, unique across the map. A name's first two characters
 * by default (札幌市 → 札幌); when several names share them (釧路市・釧路町), the one with the
 * shortest name (then the lowest id) keeps them and the others take the next free pair of
 * characters in reading order: first with its first character (釧路町 → 釧町, 利尻富士町 → 利富),
 * then any pair, then the whole name, and for two items of the same name the qualifier's first
 * character with the name's (two villages called 泊村 in different bureaus).
 */
export interface NamedItem {
	id: string;
	name: string;
	/** Tells apart items of the same name (two villages called 泊村): its first character leads the last-resort label. */
	qualifier?: string;
}

/** Candidate labels for one name, most natural first; with a qualifier, its first character before the name's. */
export function abbreviationCandidates(name: string, qualifier = ''): string[] {
	const chars = [...name];
	const qualified = qualifier ? [[...qualifier][0] + chars[0]] : [];
	if (chars.length <= 2) return [...new Set([name, ...qualified])];
	// Pairs in reading order, so those that start with the first character (read as the name) come first.
	const pairs: string[] = [];
	for (let i = 0; i < chars.length; i++) for (let j = i + 1; j < chars.length; j++) pairs.push(chars[i] + chars[j]);
	return [...new Set([...pairs, name, ...qualified])];
}

/**
 * id → label. Every item first claims its most natural label, in priority order (shorter name,
 * then lower id); those who lost theirs then take, in the same order, their next label that
 * nobody holds. Distinct names always get distinct labels, since each has itself as a last resort.
 */
export function uniqueAbbreviations(items: readonly NamedItem[]): Map<string, string> {
	const byPriority = [...items].sort((a, b) => [...a.name].length - [...b.name].length || a.id.localeCompare(b.id));
	const held = new Set<string>();
	const labels = new Map<string, string>();
	const losers: NamedItem[] = [];
	for (const item of byPriority) {
		const first = abbreviationCandidates(item.name, item.qualifier)[0];
		if (held.has(first)) losers.push(item);
		else {
			held.add(first);
			labels.set(item.id, first);
		}
	}
	for (const item of losers) {
		const label = abbreviationCandidates(item.name, item.qualifier).find((c) => !held.has(c));
		if (label == null) throw new Error(`タイルの略称を一意にできません: ${item.name}（${item.id}）`);
		held.add(label);
		labels.set(item.id, label);
	}
	return new Map(items.map((item) => [item.id, labels.get(item.id)!]));
}
