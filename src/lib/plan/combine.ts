/**
 * Headquarters' view: several bureaus' plan files as one Hokkaido-wide plan. Pure.
 *
 * The same event id in two files is one event: the files are folded in the order loaded with the
 * merge rules (merge.ts) — same revision or one a successor of the other → the newer one, silently;
 * both changed → the first-loaded file's version is shown and exported, and the pair is flagged
 * as a conflict naming both files (the bureau files themselves are left as they are).
 * Separately, events with different ids at the same municipality, date and kind in files of
 * different bureaus are flagged as possible duplicates (within one bureau's file two drives in one
 * town on one day are ordinary and are not flagged).
 */
import type { PlanEvent } from './events';
import { relate } from './merge';
import { isDeleted, type PlanRecord } from './revision';

export interface BureauPlan {
	fileName: string;
	bureau: string;
	records: PlanRecord[];
	budget: number | null;
}

export interface CombinedEvent {
	event: PlanEvent;
	/** The bureau and file the shown version comes from. */
	bureau: string;
	fileName: string;
}

export interface Duplicate {
	kind: 'same-id' | 'same-id-conflict' | 'same-place-day';
	/** Event ids concerned (one for the same-id kinds), sorted. */
	ids: string[];
	/** Files concerned, in the order loaded. */
	files: string[];
}

export interface CombinedPlan {
	events: CombinedEvent[];
	/** Every record, tombstones included, one per id: what the combined file holds. */
	records: PlanRecord[];
	/** The sum of the bureaus' budgets, or null when none has one. */
	budget: number | null;
	duplicates: Duplicate[];
}

/** The bureau a file belongs to: its own `bureau` field, else the bureau most of its events are in, else its name. */
export function fileBureau(declared: string | undefined, events: readonly PlanEvent[], bureauOf: (code6: string) => string, fileName: string): string {
	if (declared) return declared;
	const counts = new Map<string, number>();
	for (const e of events) {
		const b = bureauOf(e.code6);
		if (b) counts.set(b, (counts.get(b) ?? 0) + 1);
	}
	// Most events wins; a tie goes to the name first in Japanese order, so the answer never depends on event order.
	const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ja'))[0];
	return best ? best[0] : fileName;
}

export function combinePlans(plans: readonly BureauPlan[]): CombinedPlan {
	const held = new Map<string, { record: PlanRecord; plan: BureauPlan; files: string[]; conflict: boolean }>();
	for (const plan of plans) {
		for (const record of plan.records) {
			const seen = held.get(record.id);
			if (!seen) {
				held.set(record.id, { record, plan, files: [plan.fileName], conflict: false });
				continue;
			}
			if (!seen.files.includes(plan.fileName)) seen.files.push(plan.fileName);
			const relation = relate(seen.record, record);
			if (relation === 'incoming') Object.assign(seen, { record, plan });
			else if (relation === 'conflict') seen.conflict = true;
		}
	}
	const records: PlanRecord[] = [];
	const events: CombinedEvent[] = [];
	const duplicates: Duplicate[] = [];
	for (const [id, h] of held) {
		records.push(h.record);
		if (!isDeleted(h.record)) events.push({ event: h.record, bureau: h.plan.bureau, fileName: h.plan.fileName });
		if (h.conflict) duplicates.push({ kind: 'same-id-conflict', ids: [id], files: h.files });
		else if (h.files.length > 1 && !isDeleted(h.record)) duplicates.push({ kind: 'same-id', ids: [id], files: h.files });
	}
	duplicates.push(...samePlaceDay(events, plans.map((p) => p.fileName)));
	const budgets = plans.map((p) => p.budget).filter((b): b is number => b != null);
	return { events, records, budget: budgets.length ? budgets.reduce((s, b) => s + b, 0) : null, duplicates };
}

/** Events of different bureaus' files at the same municipality, on the same date, of the same kind. */
export function samePlaceDay(events: readonly CombinedEvent[], fileOrder: readonly string[]): Duplicate[] {
	const groups = new Map<string, CombinedEvent[]>();
	for (const c of events) {
		const key = `${c.event.code6}|${c.event.date}|${c.event.kind}`;
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	const out: Duplicate[] = [];
	for (const group of groups.values()) {
		const bureaus = new Set(group.map((c) => c.bureau));
		if (bureaus.size < 2) continue;
		const files = fileOrder.filter((f) => group.some((c) => c.fileName === f));
		out.push({ kind: 'same-place-day', ids: group.map((c) => c.event.id).sort(), files });
	}
	return out;
}

/** Event id → the duplicate flags that name it, for a badge beside the event. */
export function duplicatesById(duplicates: readonly Duplicate[]): Map<string, Duplicate[]> {
	const byId = new Map<string, Duplicate[]>();
	for (const d of duplicates) for (const id of d.ids) byId.set(id, [...(byId.get(id) ?? []), d]);
	return byId;
}

/** One record per id, the highest version kept (the first loaded on a tie): companies across bureau files. */
export function newestById<R extends { id: string; version: number }>(records: readonly R[]): R[] {
	const byId = new Map<string, R>();
	for (const r of records) {
		const kept = byId.get(r.id);
		if (!kept || r.version > kept.version) byId.set(r.id, r);
	}
	return [...byId.values()];
}
