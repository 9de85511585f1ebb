import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { mergeBudget, mergePlans, relate, resolveConflict } from './merge';
import { contentHash, HISTORY_LIMIT, revOf, successor, tombstoneOf, type PlanRecord } from './revision';
import { parsePlanFile, recordsOf, toPlanFile } from './plan-file';
import { contentKey, contentToWrite, mergedCount } from './shared-file';

// Invented events; `edit` is what a save does in the store.
const T = '2099-07-01T00:00:00.000Z';
const base: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'a', version: 3, expected: 100, updatedAt: T, history: ['1-00000001', '2-00000002'] };
const other: PlanEvent = { ...newEvent('012025', '2099-09-01'), id: 'b', version: 1, updatedAt: T };
const edit = (e: PlanEvent, change: Partial<PlanEvent>) => successor(e, { ...e, ...change }, T);
const ids = (records: PlanRecord[]) => records.map((r) => `${r.id}@${r.version}`).sort();

describe('revisions', () => {
	it('hash only what a person edits', () => {
		expect(contentHash(base)).toBe(contentHash({ ...base, version: 9, updatedAt: '2000-01-01T00:00:00Z' }));
		expect(contentHash(base)).not.toBe(contentHash({ ...base, expected: 101 }));
		expect(revOf(base)).toMatch(/^3-[0-9a-f]{8}$/);
	});
	it('a save remembers what it replaced, at most HISTORY_LIMIT revisions', () => {
		const next = edit(base, { expected: 5 });
		expect(next.version).toBe(4);
		expect(next.history).toEqual(['1-00000001', '2-00000002', revOf(base)]);
		let e = base;
		for (let i = 0; i < HISTORY_LIMIT + 10; i++) e = edit(e, { expected: i });
		expect(e.history).toHaveLength(HISTORY_LIMIT);
		expect(e.history.at(-1)).toBe(`${e.version - 1}-${contentHash({ ...e, expected: HISTORY_LIMIT + 8 })}`);
	});
});

describe('mergePlans', () => {
	it('unchanged on both sides: nothing to do', () => {
		const r = mergePlans([base, other], [base, other]);
		expect(r.conflicts).toEqual([]);
		expect(r.changed).toEqual([]);
		expect(r.counts).toMatchObject({ unchanged: 2, added: 0, updated: 0 });
	});

	it('one side changed: that side, whichever it is, silently', () => {
		const mine = edit(edit(base, { expected: 150 }), { status: '確定' });
		const fromLocal = mergePlans([mine, other], [base, other]);
		expect(fromLocal.conflicts).toEqual([]);
		expect(fromLocal.events.find((e) => e.id === 'a')).toEqual(mine);
		expect(fromLocal.changed).toEqual([]);
		expect(fromLocal.counts.keptLocal).toBe(1);

		const fromFile = mergePlans([base, other], [mine, other]);
		expect(fromFile.conflicts).toEqual([]);
		expect(fromFile.events.find((e) => e.id === 'a')).toEqual(mine);
		expect(fromFile.changed).toEqual([mine]);
		expect(fromFile.counts.updated).toBe(1);
	});

	it('both changed: a conflict, and the local copy stays until chosen', () => {
		const mine = edit(base, { expected: 150 });
		// The colleague saved twice: a higher version does not make theirs win.
		const theirs = edit(edit(base, { status: '確定' }), { time: '13:00' });
		const r = mergePlans([mine, other], [theirs, other]);
		expect(r.conflicts).toEqual([{ id: 'a', local: mine, incoming: theirs }]);
		expect(r.events.find((e) => e.id === 'a')).toEqual(mine);
		expect(r.changed).toEqual([]);
		const reversed = mergePlans([theirs], [mine]);
		expect(reversed.conflicts).toHaveLength(1);
	});

	it('the same edit made on both sides is no conflict', () => {
		const mine = edit(base, { expected: 150 });
		const theirs = edit(edit(base, { expected: 120 }), { expected: 150 });
		const r = mergePlans([mine], [theirs]);
		expect(r.conflicts).toEqual([]);
		expect(r.events).toEqual([theirs]);
	});

	it('one deleted, the other unchanged: deleted', () => {
		const gone = tombstoneOf(base, T);
		const fromFile = mergePlans([base, other], [gone, other]);
		expect(fromFile.conflicts).toEqual([]);
		expect(fromFile.events).toEqual([other]);
		expect(fromFile.changed).toEqual([gone]);
		expect(fromFile.counts.deleted).toBe(1);
		const fromLocal = mergePlans([gone, other], [base, other]);
		expect(fromLocal.conflicts).toEqual([]);
		expect(fromLocal.events).toEqual([other]);
		expect(fromLocal.changed).toEqual([]);
		expect(mergePlans([gone, other], [gone, other]).counts).toMatchObject({ unchanged: 1, keptLocal: 0, deleted: 0 });
	});

	it('one deleted, the other changed: a conflict', () => {
		const gone = tombstoneOf(base, T);
		const changed = edit(base, { expected: 1 });
		expect(mergePlans([changed], [gone]).conflicts).toEqual([{ id: 'a', local: changed, incoming: gone }]);
		expect(mergePlans([gone], [changed]).conflicts).toEqual([{ id: 'a', local: gone, incoming: changed }]);
		expect(mergePlans([gone], [changed]).events).toEqual([]);
	});

	it('an event only one side has is added; a tombstone for an unknown event is kept, not shown', () => {
		const gone = tombstoneOf(other, T);
		const r = mergePlans([base], [other, { ...gone, id: 'c' }]);
		expect(ids(r.records)).toEqual(['a@3', 'b@1', 'c@2']);
		expect(r.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(r.counts.added).toBe(1);
	});

	it('two versions from unrelated lineages with different content: a conflict, never a guess', () => {
		const a1 = { ...base, history: [], version: 7, expected: 1 };
		const a2 = { ...base, history: [], version: 2, expected: 2 };
		expect(relate(a1, a2)).toBe('conflict');
	});

	it('settling a conflict gives a record newer than both sides', () => {
		const mine = edit(base, { expected: 150 });
		const theirs = edit(base, { status: '確定' });
		const [conflict] = mergePlans([mine], [theirs]).conflicts;
		const settled = resolveConflict(conflict, 'incoming', T) as PlanEvent;
		expect(settled).toMatchObject({ id: 'a', version: 5, status: '確定', expected: 100 });
		expect(settled.history).toEqual(expect.arrayContaining([revOf(mine), revOf(theirs)]));
		// Importing either file again changes nothing and asks nothing.
		expect(mergePlans([settled], [theirs]).conflicts).toEqual([]);
		expect(mergePlans([settled], [mine]).changed).toEqual([]);
		const keptDeleted = resolveConflict({ id: 'a', local: mine, incoming: tombstoneOf(base, T) }, 'incoming', T);
		expect(mergePlans([keptDeleted], [mine]).events).toEqual([]);
	});

	it('the same event in two bureau files: merged once, and a conflict when they differ', () => {
		const codes = new Set(['011002', '012025']);
		const fileA = parsePlanFile('a.json', toPlanFile([base, other], null), codes);
		const fileB = parsePlanFile('b.json', toPlanFile([edit(base, { expected: 130 })], null), codes);
		const combined = mergePlans(mergePlans([], recordsOf(fileA)).records, recordsOf(fileB));
		expect(combined.conflicts).toEqual([]);
		expect(ids(combined.records)).toEqual(['a@4', 'b@1']);
		expect(combined.events.find((e) => e.id === 'a')?.expected).toBe(130);
		const fileC = parsePlanFile('c.json', toPlanFile([edit(base, { expected: 90 })], null), codes);
		const clash = mergePlans(combined.records, recordsOf(fileC));
		expect(clash.conflicts.map((c) => [c.id, (c.local as PlanEvent).expected, (c.incoming as PlanEvent).expected])).toEqual([['a', 130, 90]]);
	});

	it('a version of 2^53 never reaches the merge: the file is refused', () => {
		const text = toPlanFile([{ ...base, version: 2 ** 53 }], null);
		expect(() => parsePlanFile('big.json', text, new Set(['011002']))).toThrow('行事 1件目（id「a」）の version（版）: 0以上 1,000,000,000 以下の整数が必要です（値「9007199254740992」）');
	});
});

describe('mergeBudget', () => {
	it('takes the set amount, keeps equal ones, and asks when both differ', () => {
		expect(mergeBudget(null, 500)).toEqual({ budget: 500, conflict: null });
		expect(mergeBudget(500, null)).toEqual({ budget: 500, conflict: null });
		expect(mergeBudget(500, 500)).toEqual({ budget: 500, conflict: null });
		expect(mergeBudget(500, 600)).toEqual({ budget: 500, conflict: { local: 500, incoming: 600 } });
	});
});

// The shared plan file: this device merges what a colleague saved, then rewrites the file.
describe('the shared plan file', () => {
	const write = (local: PlanRecord[], file: PlanRecord[], localBudget: number | null = null, fileBudget: number | null = null) => {
		const merged = mergePlans(local, file);
		const budget = mergeBudget(localBudget, fileBudget);
		return { merged, content: contentToWrite(merged.records, budget.budget, file, fileBudget, merged.conflicts, budget.conflict != null) };
	};

	it('a colleague changed one event, this device another: both end up in the file, silently', () => {
		const colleague = edit(other, { status: '確定' });
		const mine = edit(base, { expected: 150 });
		const { merged, content } = write([mine, other], [base, colleague]);
		expect(merged.conflicts).toEqual([]);
		expect(mergedCount(merged.counts)).toBe(1);
		expect(content.events.map((e) => `${e.id}@${e.version}`).sort()).toEqual(['a@4', 'b@2']);
	});

	it('both changed the same event: the file keeps the colleague\'s version until the user chooses', () => {
		const mine = edit(base, { expected: 150 });
		const theirs = edit(base, { expected: 90 });
		const { merged, content } = write([mine, other], [theirs, other]);
		expect(merged.conflicts.map((c) => c.id)).toEqual(['a']);
		expect(content.events.find((e) => e.id === 'a')).toEqual(theirs);
		// Locally the typed value stays until chosen.
		expect(merged.events.find((e) => e.id === 'a')).toEqual(mine);
		// Chosen "mine": the next write carries it, and the colleague's next merge takes it silently.
		const settled = resolveConflict(merged.conflicts[0], 'local', T);
		const next = write([settled, other], [theirs, other]);
		expect(next.merged.conflicts).toEqual([]);
		expect(next.content.events.find((e) => e.id === 'a')).toMatchObject({ expected: 150, version: 5 });
		expect(mergePlans([theirs, other], recordsOf({ ...parsePlanFile('shared.json', toPlanFile(next.content.events, null, next.content.deleted), new Set(['011002', '012025'])) })).conflicts).toEqual([]);
	});

	it('the colleague deleted an event this device left alone: deleted here and in the file', () => {
		const gone = tombstoneOf(base, T);
		const { merged, content } = write([base, other], [gone, other]);
		expect(merged.counts.deleted).toBe(1);
		expect(content.events.map((e) => e.id)).toEqual(['b']);
		expect(content.deleted).toEqual([gone]);
	});

	it('deleted here, changed by the colleague: a conflict; the file keeps the colleague\'s change', () => {
		const gone = tombstoneOf(base, T);
		const theirs = edit(base, { expected: 1 });
		const { merged, content } = write([gone, other], [theirs, other]);
		expect(merged.conflicts.map((c) => c.id)).toEqual(['a']);
		expect(content.events.find((e) => e.id === 'a')).toEqual(theirs);
		expect(content.deleted).toEqual([]);
	});

	it('two budgets: the file keeps the colleague\'s until chosen; an unchanged file needs no write', () => {
		const { content } = write([base], [base], 500, 600);
		expect(content.budget).toBe(600);
		const same = write([base, other], [base, other], 500, 500).content;
		expect(contentKey(same)).toBe(contentKey({ events: [other, base], deleted: [], budget: 500 }));
		expect(contentKey(same)).not.toBe(contentKey({ ...same, budget: 501 }));
	});
});
