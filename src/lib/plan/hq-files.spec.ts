import { describe, expect, it } from 'vitest';
import { budgetsByBureau, fileLabels, hqFileOf, placeFile, settlePlacement, spansBureaus, totalBudget, hqDatabaseName } from './hq-files';
import { PLAN_SCHEMA, PLAN_VERSION, type PlanFile } from './plan-file';
import { newEvent, type PlanEvent } from './events';

// Invented plans of two bureaus.
const bureauOf = (code6: string) => (code6.startsWith('01') ? '石狩振興局' : '渡島総合振興局');
const ev = (id: string, code6: string): PlanEvent => ({ ...newEvent(code6, '2099-08-10'), id, version: 1, updatedAt: '2099-07-01T00:00:00.000Z' });
const plan = (bureau: string | undefined, events: PlanEvent[], budget: number | null = null): PlanFile => ({
	schema: PLAN_SCHEMA, version: PLAN_VERSION, exportedAt: '', budget, events, deleted: [], companies: [], deletedCompanies: [], subsidyRule: null, ...(bureau ? { bureau } : {})
});

describe('headquarters identifies a file by bureau and content', () => {
	const a = hqFileOf('kofuritsu-plan.json', plan('石狩振興局', [ev('a', '011002')], 100), bureauOf, 1);
	const b = hqFileOf('kofuritsu-plan.json', plan('渡島総合振興局', [ev('b', '022020')], 300), bureauOf, 2);
	it('takes two files of the same name from two bureaus as two files', () => {
		expect(placeFile([a], b)).toEqual({ kind: 'add' });
		expect(a.id).not.toBe(b.id);
	});
	it('knows the same file again, whatever its name', () => {
		const again = hqFileOf('renamed.json', plan('石狩振興局', [ev('a', '011002')], 100), bureauOf, 3);
		expect(placeFile([a, b], again)).toMatchObject({ kind: 'same', existing: a });
	});
	it('asks "replace or keep both" for another file of a bureau already loaded', () => {
		const newer = hqFileOf('x.json', plan('石狩振興局', [ev('a', '011002'), ev('a2', '011002')], 120), bureauOf, 3);
		expect(placeFile([a, b], newer)).toEqual({ kind: 'ask', existing: [a] });
		expect(settlePlacement([a, b], newer, 'replace').map((f) => f.id)).toEqual([b.id, newer.id]);
		expect(settlePlacement([a, b], newer, 'keep-both').map((f) => f.id)).toEqual([a.id, b.id, newer.id]);
		// Two copies of one bureau's plan: its budget is the later one's, not their sum.
		expect(budgetsByBureau([a, b, newer])).toEqual(new Map([['石狩振興局', 120], ['渡島総合振興局', 300]]));
		expect(totalBudget(budgetsByBureau([a, b, newer]))).toBe(420);
	});
	it('names the bureau from the events when the file does not, and shows a file of several bureaus as such', () => {
		const mixed = hqFileOf('m.json', plan(undefined, [ev('m1', '011002'), ev('m2', '022020'), ev('m3', '011003')]), bureauOf, 4);
		expect(mixed.bureau).toBe('石狩振興局');
		expect(mixed.bureaus).toEqual(['渡島総合振興局', '石狩振興局'].sort((x, y) => x.localeCompare(y, 'ja')));
		expect(spansBureaus(mixed)).toBe(true);
		expect(spansBureaus(a)).toBe(false);
	});
});

describe('file labels', () => {
	it('keeps a unique name, and adds the bureau (then a number) where names repeat', () => {
		const a = hqFileOf('plan.json', plan('石狩振興局', [ev('a', '011002')]), bureauOf, 1);
		const b = hqFileOf('plan.json', plan('渡島総合振興局', [ev('b', '022020')]), bureauOf, 2);
		const a2 = hqFileOf('plan.json', plan('石狩振興局', [ev('c', '011002')]), bureauOf, 3);
		const c = hqFileOf('own.json', plan('渡島総合振興局', [ev('d', '022020')]), bureauOf, 4);
		expect([...fileLabels([a, b, a2, c]).values()]).toEqual(['plan.json（石狩振興局）・1', 'plan.json（渡島総合振興局）', 'plan.json（石狩振興局）・2', 'own.json']);
	});
});

describe('hqDatabaseName', () => {
	it("keeps the deployment's set where it always was, and gives every other prefecture its own", () => {
		expect(hqDatabaseName('北海道', '北海道')).toBe('kofuritsu-hq');
		expect(hqDatabaseName('長野県', '北海道')).toBe('kofuritsu-hq:長野県');
		expect(hqDatabaseName('北海道', '長野県')).toBe('kofuritsu-hq:北海道');
		expect(new Set(['東京都', '長野県', '沖縄県'].map((p) => hqDatabaseName(p, '北海道'))).size).toBe(3);
	});
});
