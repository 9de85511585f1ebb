/**
 * Headquarters' loaded set of bureau plan files, identified by bureau and content, never by file
 * name (every bureau's download may carry the same name). Pure.
 *
 * - the same bureau and the same content again: already loaded, nothing changes;
 * - the same bureau with other content: a choice, replace the loaded file or keep both;
 * - any other bureau: added.
 * A file whose events lie in several bureaus keeps its declared bureau and lists the others.
 */
import type { PlanFile } from './plan-file';
import { fileBureau } from './combine';
import { contentKey } from './shared-file';
import { fnv1a } from './revision';

export interface HqFile {
	/** Bureau and content fingerprint: the identity of a loaded file. */
	id: string;
	fileName: string;
	/** The bureau the file declares (else the one most of its events are in). */
	bureau: string;
	/** Every bureau its events lie in, in Japanese order (more than one: shown as such). */
	bureaus: string[];
	fingerprint: string;
	file: PlanFile;
	/** Load order, kept across reloads. */
	order: number;
}

/** A fingerprint of what the file holds (order-independent; its own timestamps excluded). */
export function fileFingerprint(file: PlanFile): string {
	const key = contentKey(file);
	// The hash with the length: two different plans of one bureau never pass as the same file in practice.
	return `${fnv1a(key)}-${key.length.toString(36)}`;
}

/** The loaded-file entry for a parsed file. */
export function hqFileOf(fileName: string, file: PlanFile, bureauOf: (code6: string) => string, order: number): HqFile {
	const bureau = fileBureau(file.bureau, file.events, bureauOf, fileName);
	const bureaus = [...new Set(file.events.map((e) => bureauOf(e.code6)).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'ja'));
	const fingerprint = fileFingerprint(file);
	return { id: `${bureau}#${fingerprint}`, fileName, bureau, bureaus, fingerprint, file, order };
}

/** True when the file's events lie outside its own bureau (or in several). */
export const spansBureaus = (f: Pick<HqFile, 'bureau' | 'bureaus'>): boolean => f.bureaus.length > 1 || (f.bureaus.length === 1 && f.bureaus[0] !== f.bureau);

export type Placement = { kind: 'add' } | { kind: 'same'; existing: HqFile } | { kind: 'ask'; existing: HqFile[] };

/** Where an incoming file goes among the loaded ones. */
export function placeFile(loaded: readonly HqFile[], incoming: HqFile): Placement {
	const same = loaded.find((l) => l.id === incoming.id);
	if (same) return { kind: 'same', existing: same };
	const ofBureau = loaded.filter((l) => l.bureau === incoming.bureau);
	return ofBureau.length ? { kind: 'ask', existing: ofBureau } : { kind: 'add' };
}

/** The loaded set after the user's answer for a file of a bureau already loaded. */
export function settlePlacement(loaded: readonly HqFile[], incoming: HqFile, choice: 'replace' | 'keep-both'): HqFile[] {
	const kept = choice === 'replace' ? loaded.filter((l) => l.bureau !== incoming.bureau) : loaded.filter((l) => l.id !== incoming.id);
	return [...kept, incoming];
}

/**
 * Each bureau's budget: the one of its most recently loaded file that states one (two files of one
 * bureau are two copies of its plan, not two budgets). Keyed by the file's bureau.
 */
export function budgetsByBureau(loaded: readonly HqFile[]): Map<string, number> {
	const budgets = new Map<string, number>();
	for (const l of [...loaded].sort((a, b) => a.order - b.order)) if (l.file.budget != null) budgets.set(l.bureau, l.file.budget);
	return budgets;
}

/** The sum of the bureaus' budgets, or null when none has one. */
export function totalBudget(budgets: ReadonlyMap<string, number>): number | null {
	return budgets.size ? [...budgets.values()].reduce((s, b) => s + b, 0) : null;
}

/** A name per loaded file for lists and duplicate notes: its file name, with its bureau (and a number) where names repeat. */
export function fileLabels(loaded: readonly HqFile[]): Map<string, string> {
	const count = (label: (f: HqFile) => string) => loaded.reduce((m, f) => m.set(label(f), (m.get(label(f)) ?? 0) + 1), new Map<string, number>());
	const byName = count((f) => f.fileName);
	const withBureau = (f: HqFile) => (byName.get(f.fileName)! > 1 ? `${f.fileName}（${f.bureau}）` : f.fileName);
	const byBureau = count(withBureau);
	const seen = new Map<string, number>();
	const labels = new Map<string, string>();
	for (const f of [...loaded].sort((a, b) => a.order - b.order)) {
		const label = withBureau(f);
		const n = (seen.get(label) ?? 0) + 1;
		seen.set(label, n);
		labels.set(f.id, byBureau.get(label)! > 1 ? `${label}・${n}` : label);
	}
	return labels;
}

/**
 * The IndexedDB database of one prefecture's headquarters set: the deployment's own keeps the name it
 * has always had (sets saved before stay), another prefecture's has its own beside it.
 */
export const hqDatabaseName = (prefecture: string, site: string): string => (prefecture === site ? 'kofuritsu-hq' : `kofuritsu-hq:${prefecture}`);
