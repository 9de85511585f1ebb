import { describe, expect, it } from 'vitest';
import { ReleaseViewCache } from './release-view-cache';
import type { ReleaseView } from './headline';
import type { QueryEngine } from '../sql/engine';
import type { Metric } from '../domain/release-measures';

const id = (releaseDate: string, baseDate: string | null, metric: Metric = 'issued', prefecture = '北海道') => ({ prefecture, releaseDate, baseDate, metric });

/** A fake engine that answers the headline query and counts what it was asked. */
function countingEngine() {
	const calls: string[] = [];
	const engine: QueryEngine = {
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			calls.push(String(params[0]));
			if (sql.includes('prefecture_count')) return [{ release_date: params[0], rate: 1 }] as Row[];
			return [] as Row[];
		},
		async close() {}
	};
	return { engine, calls };
}

const prebuiltView = (releaseDate: string, baseDate: string | null) => ({ prefecture: '北海道', releaseDate, baseDate, figures: [], bureaus: [], headline: { release_date: releaseDate } }) as unknown as ReleaseView;

describe('ReleaseViewCache', () => {
	it('asks the engine once per release and comparison', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(null);
		cache.useEngine(engine);
		const first = await cache.get(id('2099-01-31', '2098-12-31'));
		const again = await cache.get(id('2099-01-31', '2098-12-31'));
		expect(again).toBe(first);
		const queriesPerView = calls.length;
		await cache.get(id('2099-01-31', null));
		expect(calls.length).toBe(queriesPerView * 2);
		await cache.get(id('2099-01-31', null, 'issued', '長野県'));
		expect(calls.length).toBe(queriesPerView * 3);
	});

	it('forgets the oldest beyond its capacity', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(null, 2);
		cache.useEngine(engine);
		await cache.get(id('a', null));
		await cache.get(id('b', null));
		await cache.get(id('c', null));
		const before = calls.length;
		await cache.get(id('b', null));
		expect(calls.length).toBe(before);
		await cache.get(id('a', null));
		expect(calls.length).toBeGreaterThan(before);
	});

	it('answers from the prerendered view before the engine exists, and waits for it otherwise', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(async ({ releaseDate: date }) => prebuiltView(date, 'prev'));
		const fromFile = await cache.get(id('2099-01-31', 'prev'));
		expect(fromFile?.baseDate).toBe('prev');
		expect(calls).toEqual([]);
		// Another comparison release is not prerendered: it waits for DuckDB.
		let settled = false;
		const other = cache.get(id('2099-01-31', 'older')).then((v) => ((settled = true), v));
		await new Promise((r) => setTimeout(r, 10));
		expect(settled).toBe(false);
		cache.useEngine(engine);
		expect((await other)?.releaseDate).toBe('2099-01-31');
		expect(calls.length).toBeGreaterThan(0);
	});

	it('prefers the engine once it holds releases imported in the browser', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(async ({ releaseDate: date }) => prebuiltView(date, 'prev'));
		await cache.get(id('2099-01-31', 'prev'));
		cache.useEngine(engine, { preferEngine: true });
		const view = await cache.get(id('2099-01-31', 'prev'));
		expect(calls.length).toBeGreaterThan(0);
		expect(view?.figures).toEqual([]);
		expect((view as ReleaseView & { headline: unknown }).headline).toEqual({ release_date: '2099-01-31', rate: 1 });
	});

	it('keeps views of cards held apart from views of cards issued, prerendered or not', async () => {
		const { engine } = countingEngine();
		const asked: string[] = [];
		const cache = new ReleaseViewCache(async ({ releaseDate: date, metric }) => {
			asked.push(`${date}|${metric}`);
			return metric === 'held' ? { ...prebuiltView(date, null), metric: 'held' } : prebuiltView(date, null);
		});
		cache.useEngine(engine);
		const held = await cache.get(id('2099-06-30', null, 'held'));
		const issued = await cache.get(id('2099-06-30', null, 'issued'));
		expect(held?.metric).toBe('held');
		expect(issued?.metric ?? 'issued').toBe('issued');
		expect(asked).toEqual(['2099-06-30|held', '2099-06-30|issued']);
		// A prerendered view of the other measure is never taken for the one asked: the engine answers.
		const wrong = new ReleaseViewCache(async ({ releaseDate: date }) => prebuiltView(date, null));
		wrong.useEngine(engine);
		expect((await wrong.get(id('2099-06-30', null, 'held')))?.metric).toBe('held');
	});

	it('answers a jump from the views held in memory, without a request or a query, unless imports replaced them', async () => {
		const { engine, calls } = countingEngine();
		const requested: string[] = [];
		const cache = new ReleaseViewCache(async ({ releaseDate: d }) => (requested.push(d), prebuiltView(d, 'x')));
		const held = prebuiltView('2099-03-31', '2099-02-28');
		cache.putPrebuilt([held]);
		expect(await cache.get(id('2099-03-31', '2099-02-28'))).toBe(held);
		expect(requested).toEqual([]);
		cache.useEngine(engine, { preferEngine: true });
		const fromEngine = await cache.get(id('2099-03-31', '2099-02-28'));
		expect(fromEngine).not.toBe(held);
		expect(calls).toContain('2099-03-31');
	});

	it('peeks only at views already in memory, and forgets them when imports replace the build', async () => {
		const { engine } = countingEngine();
		const cache = new ReleaseViewCache(null);
		const held = prebuiltView('2099-03-31', '2099-02-28');
		cache.putPrebuilt([held]);
		expect(cache.peek(id('2099-03-31', '2099-02-28'))).toBe(held);
		expect(cache.peek(id('2099-04-30', '2099-03-31'))).toBeUndefined();
		cache.useEngine(engine);
		const answered = await cache.get(id('2099-04-30', '2099-03-31'));
		expect(cache.peek(id('2099-04-30', '2099-03-31'))).toBe(answered);
		cache.useEngine(engine, { preferEngine: true });
		expect(cache.peek(id('2099-03-31', '2099-02-28'))).toBeUndefined();
		expect(cache.peek(id('2099-04-30', '2099-03-31'))).toBeUndefined();
	});
});
