import { describe, expect, it } from 'vitest';
import { ReleaseViewCache } from './release-view-cache';
import type { QueryEngine } from '../sql/engine';

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

describe('ReleaseViewCache', () => {
	it('asks the engine once per release and comparison', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(engine);
		const first = await cache.get('2099-01-31', '2098-12-31');
		const again = await cache.get('2099-01-31', '2098-12-31');
		expect(again).toBe(first);
		const queriesPerView = calls.length;
		await cache.get('2099-01-31', null);
		expect(calls.length).toBe(queriesPerView * 2);
	});

	it('forgets the oldest beyond its capacity', async () => {
		const { engine, calls } = countingEngine();
		const cache = new ReleaseViewCache(engine, 2);
		await cache.get('a', null);
		await cache.get('b', null);
		await cache.get('c', null);
		const before = calls.length;
		await cache.get('b', null);
		expect(calls.length).toBe(before);
		await cache.get('a', null);
		expect(calls.length).toBeGreaterThan(before);
	});
});
