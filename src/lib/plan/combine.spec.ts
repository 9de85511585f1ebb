import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { combinePlans, duplicatesById, fileBureau, newestById, type BureauPlan } from './combine';
import { successor, tombstoneOf } from './revision';

// Invented events in invented files; 011002 and 012025 stand for two towns of two bureaus.
const T = '2099-07-01T00:00:00.000Z';
const ev = (id: string, code6: string, date: string, change: Partial<PlanEvent> = {}): PlanEvent => ({ ...newEvent(code6, date), id, version: 1, updatedAt: T, ...change });
const edit = (e: PlanEvent, change: Partial<PlanEvent>) => successor(e, { ...e, ...change }, T);
const plan = (fileName: string, bureau: string, records: BureauPlan['records'], budget: number | null = null): BureauPlan => ({ fileName, bureau, records, budget });

describe('combinePlans', () => {
	it('lists every bureau\'s events with the bureau and file they came from, and sums the budgets', () => {
		const r = combinePlans([plan('a.json', '石狩', [ev('a1', '011002', '2099-08-01')], 100_000), plan('b.json', '十勝', [ev('b1', '012025', '2099-08-02')], null), plan('c.json', '空知', [], 50_000)]);
		expect(r.events.map((c) => [c.event.id, c.bureau, c.fileName])).toEqual([
			['a1', '石狩', 'a.json'],
			['b1', '十勝', 'b.json']
		]);
		expect(r.budget).toBe(150_000);
		expect(r.duplicates).toEqual([]);
		expect(combinePlans([plan('a.json', '石狩', [])]).budget).toBeNull();
	});

	it('the same event (same id) in two files is listed once, the newer version, and flagged', () => {
		const base = ev('x', '011002', '2099-08-01');
		const newer = edit(base, { expected: 40 });
		const r = combinePlans([plan('a.json', '石狩', [base]), plan('b.json', '十勝', [newer])]);
		expect(r.events).toHaveLength(1);
		expect(r.events[0]).toMatchObject({ bureau: '十勝', fileName: 'b.json', event: { id: 'x', expected: 40, version: 2 } });
		expect(r.duplicates).toEqual([{ kind: 'same-id', ids: ['x'], files: ['a.json', 'b.json'] }]);
		// Order of loading does not change which version wins.
		expect(combinePlans([plan('b.json', '十勝', [newer]), plan('a.json', '石狩', [base])]).events[0].event.expected).toBe(40);
	});

	it('the same event changed differently in two files: the first file\'s version, flagged as a conflict', () => {
		const base = ev('x', '011002', '2099-08-01');
		const r = combinePlans([plan('a.json', '石狩', [edit(base, { expected: 10 })]), plan('b.json', '十勝', [edit(base, { expected: 20 })])]);
		expect(r.events.map((c) => [c.event.expected, c.fileName])).toEqual([[10, 'a.json']]);
		expect(r.duplicates).toEqual([{ kind: 'same-id-conflict', ids: ['x'], files: ['a.json', 'b.json'] }]);
	});

	it('deleted in one file and unchanged in another: deleted, kept as a tombstone in the combined records', () => {
		const base = ev('x', '011002', '2099-08-01');
		const gone = tombstoneOf(base, T);
		const r = combinePlans([plan('a.json', '石狩', [base]), plan('b.json', '石狩', [gone])]);
		expect(r.events).toEqual([]);
		expect(r.records).toEqual([gone]);
		expect(r.duplicates).toEqual([]);
	});

	it('same municipality, date and kind in two bureaus\' files: a possible duplicate; within one bureau: not', () => {
		const r = combinePlans([
			plan('a.json', '石狩', [ev('a1', '011002', '2099-08-01'), ev('a2', '011002', '2099-08-01')]),
			plan('b.json', '十勝', [ev('b1', '011002', '2099-08-01'), ev('b2', '011002', '2099-08-01', { kind: 'offsite' }), ev('b3', '011002', '2099-08-02')])
		]);
		expect(r.duplicates).toEqual([{ kind: 'same-place-day', ids: ['a1', 'a2', 'b1'], files: ['a.json', 'b.json'] }]);
		expect([...duplicatesById(r.duplicates).keys()]).toEqual(['a1', 'a2', 'b1']);
		expect(combinePlans([plan('a.json', '石狩', [ev('a1', '011002', '2099-08-01')]), plan('a2.json', '石狩', [ev('a2', '011002', '2099-08-01')])]).duplicates).toEqual([]);
	});
});

describe('fileBureau', () => {
	const bureauOf = (code6: string) => ({ '011002': '石狩振興局', '012025': '渡島総合振興局' })[code6] ?? '';
	it('the file\'s own bureau field, else the bureau most of its events are in, else the file name', () => {
		expect(fileBureau('十勝総合振興局', [ev('a', '011002', '2099-08-01')], bureauOf, 'a.json')).toBe('十勝総合振興局');
		expect(fileBureau(undefined, [ev('a', '011002', '2099-08-01'), ev('b', '012025', '2099-08-01'), ev('c', '012025', '2099-08-02')], bureauOf, 'a.json')).toBe('渡島総合振興局');
		expect(fileBureau(undefined, [], bureauOf, 'a.json')).toBe('a.json');
	});
});

describe('newestById', () => {
	it('keeps one record per id, the highest version, the first on a tie', () => {
		const a1 = { id: 'a', version: 1, tag: 'first' };
		const a3 = { id: 'a', version: 3, tag: 'newer' };
		const b2 = { id: 'b', version: 2, tag: 'first' };
		const b2again = { id: 'b', version: 2, tag: 'second' };
		expect(newestById([a1, b2, a3, b2again])).toEqual([a3, b2]);
	});
});
