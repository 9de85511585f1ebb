/**
 * What goes into the bureau's shared plan file, decided without touching a file. Pure.
 *
 * After the file on disk has been merged into the local copy, the file is rewritten with the local
 * records — except events in conflict, for which the file keeps the colleague's version until the
 * user chooses (so a colleague's change is never overwritten by one they have not seen). The same
 * holds for the budget. A write happens only when the content differs from what the file holds.
 */
import { isDeleted, type PlanRecord } from './revision';
import type { MergeConflict, MergeResult } from './merge';
import type { PlanEvent } from './events';
import type { DeletedEvent } from './revision';

export interface FileContent {
	events: PlanEvent[];
	deleted: DeletedEvent[];
	budget: number | null;
}

/** The records to write: local ones, with each conflicted id held at the file's version. */
export function contentToWrite(local: readonly PlanRecord[], localBudget: number | null, fileRecords: readonly PlanRecord[], fileBudget: number | null, conflicts: readonly MergeConflict[], budgetConflict: boolean): FileContent {
	const held = new Map(conflicts.map((c) => [c.id, fileRecords.find((r) => r.id === c.id) ?? c.incoming]));
	const records = local.map((r) => held.get(r.id) ?? r);
	return {
		events: records.filter((r): r is PlanEvent => !isDeleted(r)),
		deleted: records.filter(isDeleted),
		budget: budgetConflict ? fileBudget : localBudget
	};
}

/** A fingerprint of the content (order-independent, timestamps of the file itself excluded). */
export function contentKey(content: FileContent): string {
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return JSON.stringify([content.budget, [...content.events].sort(byId), [...content.deleted].sort(byId)]);
}

/** Events a merge changed here: what "同僚の変更を取り込みました（n件）" counts. */
export const mergedCount = (counts: MergeResult['counts']): number => counts.added + counts.updated + counts.deleted;
