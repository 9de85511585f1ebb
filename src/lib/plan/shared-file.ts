/**
 * What goes into the bureau's shared plan file, decided without touching a file. Pure.
 *
 * After the file on disk has been merged into the local copy, the file is rewritten with the local
 * records — except events in conflict, for which the file keeps the colleague's version until the
 * user chooses (so a colleague's change is never overwritten by one they have not seen). The same
 * holds for the budget. A write happens only when the content differs from what the file holds.
 */
import { isDeleted, type CompanyRecord, type PlanRecord } from './revision';
import type { Company } from './companies';
import type { SubsidyRule } from './subsidy-rule';
import type { MergeConflict, MergeResult } from './merge';
import type { PlanEvent } from './events';
import type { DeletedEvent } from './revision';

export interface FileContent {
	events: PlanEvent[];
	deleted: DeletedEvent[];
	budget: number | null;
	/** The company register travels in the same file, merged by the same rules as events. */
	companies?: Company[];
	deletedCompanies?: DeletedEvent[];
	subsidyRule?: SubsidyRule | null;
}

/** Local records, each conflicted id held at the file's version until the user chooses. */
export function heldAtFile<R extends { id: string }>(local: readonly R[], fileRecords: readonly R[], conflicts: readonly { id: string; incoming: unknown }[]): R[] {
	const held = new Map(conflicts.map((c) => [c.id, fileRecords.find((r) => r.id === c.id) ?? (c.incoming as R)]));
	return local.map((r) => held.get(r.id) ?? r);
}

/** The companies to write: local ones, conflicted ones held at the file's version; the rule here, or the file's when this device has none. */
export function companiesToWrite(
	local: readonly CompanyRecord[],
	fileRecords: readonly CompanyRecord[],
	conflicts: readonly { id: string; incoming: unknown }[],
	localRule: SubsidyRule | null,
	fileRule: SubsidyRule | null
): { companies: Company[]; deletedCompanies: DeletedEvent[]; subsidyRule: SubsidyRule | null } {
	const records = heldAtFile(local, fileRecords, conflicts);
	return { companies: records.filter((r): r is Company => !isDeleted(r)), deletedCompanies: records.filter(isDeleted), subsidyRule: localRule ?? fileRule };
}

/** The records to write: local ones, with each conflicted id held at the file's version. */
export function contentToWrite(local: readonly PlanRecord[], localBudget: number | null, fileRecords: readonly PlanRecord[], fileBudget: number | null, conflicts: readonly MergeConflict[], budgetConflict: boolean): FileContent {
	const records = heldAtFile(local, fileRecords, conflicts);
	return {
		events: records.filter((r): r is PlanEvent => !isDeleted(r)),
		deleted: records.filter(isDeleted),
		budget: budgetConflict ? fileBudget : localBudget
	};
}

/** A fingerprint of the content (order-independent, timestamps of the file itself excluded). */
export function contentKey(content: FileContent): string {
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return JSON.stringify([
		content.budget,
		[...content.events].sort(byId),
		[...content.deleted].sort(byId),
		[...(content.companies ?? [])].sort(byId),
		[...(content.deletedCompanies ?? [])].sort(byId),
		content.subsidyRule ?? null
	]);
}

/** Events a merge changed here: what "同僚の変更を取り込みました（n件）" counts. */
export const mergedCount = (counts: MergeResult['counts']): number => counts.added + counts.updated + counts.deleted;
