/**
 * Merging two copies of versioned records (events, companies, region lists), record by record, by id and revision (the rules of the shared plan
 * file, used for importing a file too). An event only one side changed is taken from that side;
 * an event both sides changed — edited on both, or deleted on one and edited on the other — is a
 * conflict the user settles; until then the local copy stays. Nothing is lost without a choice.
 */
import { contentHash, isDeleted, revOf, trimHistory, type DeletedEvent, type Versioned, type VersionedRecord } from './revision';
import type { PlanEvent } from './events';

/** A record both sides changed, with both versions; `T` is the live kind (an event unless said). */
export interface MergeConflict<T extends Versioned = PlanEvent> {
	id: string;
	local: VersionedRecord<T>;
	incoming: VersionedRecord<T>;
}

export interface MergeResult<T extends Versioned = PlanEvent> {
	/** Every record after the merge (conflicted ones as they are locally), tombstones included. */
	records: VersionedRecord<T>[];
	/** The live records after the merge. */
	events: T[];
	/** Records that differ from the local copy: what a store writes. */
	changed: VersionedRecord<T>[];
	conflicts: MergeConflict<T>[];
	counts: { added: number; updated: number; deleted: number; unchanged: number; keptLocal: number };
}

type Relation = 'same' | 'local' | 'incoming' | 'conflict';

/** Which side holds the event's latest state, or 'conflict' when both changed it. */
export function relate<T extends Versioned>(local: VersionedRecord<T>, incoming: VersionedRecord<T>): Relation {
	const l = revOf(local);
	const i = revOf(incoming);
	if (l === i) return 'same';
	if (local.history.includes(i)) return 'local';
	if (incoming.history.includes(l)) return 'incoming';
	// Two lineages that arrived at the same content (or both deleted): nothing to choose.
	if (contentHash(local) === contentHash(incoming)) return local.version >= incoming.version ? 'local' : 'incoming';
	return 'conflict';
}

export function mergePlans<T extends Versioned = PlanEvent>(local: readonly VersionedRecord<T>[], incoming: readonly VersionedRecord<T>[]): MergeResult<T> {
	const merged = new Map(local.map((r) => [r.id, r]));
	const changed: VersionedRecord<T>[] = [];
	const conflicts: MergeConflict<T>[] = [];
	const counts = { added: 0, updated: 0, deleted: 0, unchanged: 0, keptLocal: 0 };
	for (const theirs of incoming) {
		const ours = merged.get(theirs.id);
		if (!ours) {
			merged.set(theirs.id, theirs);
			changed.push(theirs);
			if (!isDeleted(theirs)) counts.added++;
			continue;
		}
		const relation = relate(ours, theirs);
		// Counts are of events a person sees: a tombstone both sides share is not "unchanged".
		if (relation === 'same') counts.unchanged += isDeleted(ours) ? 0 : 1;
		else if (relation === 'local') counts.keptLocal += isDeleted(ours) ? 0 : 1;
		else if (relation === 'conflict') conflicts.push({ id: theirs.id, local: ours, incoming: theirs });
		else {
			merged.set(theirs.id, theirs);
			changed.push(theirs);
			if (isDeleted(theirs) && !isDeleted(ours)) counts.deleted++;
			else counts.updated++;
		}
	}
	const records = [...merged.values()];
	return { records, events: records.filter((r): r is T => !isDeleted(r)), changed, conflicts, counts };
}

/**
 * The record that settles a conflict with the chosen side: its content, a version above both,
 * and both revisions in its history so the next merge sees it as newer than either.
 */
export function resolveConflict<T extends Versioned>(conflict: MergeConflict<T>, choice: 'local' | 'incoming', now: string): VersionedRecord<T> {
	const chosen = choice === 'local' ? conflict.local : conflict.incoming;
	const version = Math.max(conflict.local.version, conflict.incoming.version) + 1;
	const history = trimHistory([...conflict.local.history, ...conflict.incoming.history, revOf(conflict.local), revOf(conflict.incoming)]);
	return isDeleted(chosen) ? ({ ...chosen, version, history, deletedAt: now } satisfies DeletedEvent) : { ...chosen, version, history, updatedAt: now };
}

/** The budget has no versions: one side unset or both equal merge; two different amounts are a choice. */
export function mergeBudget(local: number | null, incoming: number | null): { budget: number | null; conflict: { local: number; incoming: number } | null } {
	if (local == null) return { budget: incoming, conflict: null };
	if (incoming == null || incoming === local) return { budget: local, conflict: null };
	return { budget: local, conflict: { local, incoming } };
}
