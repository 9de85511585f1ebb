import { describe, expect, it } from 'vitest';
import { HqPage, type HqStorage, type PickedFile } from './hq-page.svelte';
import type { HqFile } from './hq-files';
import { newEvent, type PlanEvent } from './events';
import type { KnownCodes } from './event-checks';

// Invented towns, bureaus and plans.
const codes: KnownCodes = new Set(['011002', '022020']);
const bureauOf = (code6: string) => (code6 === '011002' ? '石狩振興局' : '渡島総合振興局');
const ev = (id: string, code6: string, extra: Partial<PlanEvent> = {}): PlanEvent => ({ ...newEvent(code6, '2099-08-10'), id, version: 1, updatedAt: '2099-07-01T00:00:00.000Z', ...extra });
const picked = (name: string, bureau: string, events: PlanEvent[], budget: number | null = null): PickedFile => {
	const text = JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: '', budget, events, deleted: [], bureau });
	return { name, size: text.length, text: async () => text };
};
class MemoryStorage implements HqStorage {
	files: HqFile[] = [];
	async load() {
		return structuredClone(this.files);
	}
	async save(files: readonly HqFile[]) {
		this.files = structuredClone([...files]);
	}
}

describe('headquarters page state', () => {
	it('loads two same-named files of two bureaus as two, and keeps them for the next visit', async () => {
		const storage = new MemoryStorage();
		const page = new HqPage(codes, bureauOf, storage);
		await page.add([picked('kofuritsu-plan.json', '石狩振興局', [ev('a', '011002', { kind: 'offsite', unitCost: 1000, quantity: 100 })], 50_000), picked('kofuritsu-plan.json', '渡島総合振興局', [ev('b', '022020')], 150_000)]);
		expect(page.loaded.map((l) => l.bureau)).toEqual(['石狩振興局', '渡島総合振興局']);
		expect(page.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(page.budgets.get('石狩振興局')).toBe(50_000);
		expect(page.budget).toBe(200_000);
		const next = new HqPage(codes, bureauOf, storage);
		await next.restore();
		expect(next.loaded.map((l) => l.id)).toEqual(page.loaded.map((l) => l.id));
		expect(next.events).toHaveLength(2);
	});
	it('asks before a second file of a loaded bureau, and notes the same file again', async () => {
		const page = new HqPage(codes, bureauOf, new MemoryStorage());
		await page.add([picked('a.json', '石狩振興局', [ev('a', '011002')])]);
		await page.add([picked('a-copy.json', '石狩振興局', [ev('a', '011002')]), picked('a2.json', '石狩振興局', [ev('a2', '011002')])]);
		expect(page.notes).toHaveLength(1);
		expect(page.choices).toHaveLength(1);
		await page.choose(page.choices[0], 'keep-both');
		expect(page.loaded.map((l) => l.fileName)).toEqual(['a.json', 'a2.json']);
		await page.add([picked('a3.json', '石狩振興局', [ev('a3', '011002')])]);
		await page.choose(page.choices[0], 'replace');
		expect(page.loaded.map((l) => l.fileName)).toEqual(['a3.json']);
	});
	it('refuses a broken file by name while the others load, and forgets nothing it had', async () => {
		const page = new HqPage(codes, bureauOf, new MemoryStorage());
		await page.add([{ name: 'broken.json', size: 3, text: async () => '{"' }, picked('b.json', '渡島総合振興局', [ev('b', '022020')])]);
		expect(page.refused.map((r) => r.fileName)).toEqual(['broken.json']);
		expect(page.loaded).toHaveLength(1);
		await page.remove(page.loaded[0].id);
		expect(page.loaded).toHaveLength(0);
	});
});
