import { describe, expect, it } from 'vitest';
import { answers, identityOf, viewKey } from './view-identity';

const wanted = { prefecture: '長野県', releaseDate: '2022-06-30', baseDate: '2022-06-01', metric: 'issued' as const };

describe('viewKey', () => {
	it('differs in each part of the identity', () => {
		const keys = new Set([
			viewKey(wanted),
			viewKey({ ...wanted, prefecture: '北海道' }),
			viewKey({ ...wanted, releaseDate: '2022-06-01' }),
			viewKey({ ...wanted, baseDate: null }),
			viewKey({ ...wanted, metric: 'held' })
		]);
		expect(keys.size).toBe(5);
	});
	it('reads views stored without a metric as issued cards', () => {
		expect(viewKey(identityOf({ prefecture: '長野県', releaseDate: '2022-06-30', baseDate: '2022-06-01' }))).toBe(viewKey(wanted));
	});
});

describe('answers', () => {
	it('never takes another prefecture, release or measure for the one asked', () => {
		expect(answers(wanted, wanted, true)).toBe(true);
		expect(answers({ ...wanted, prefecture: '北海道' }, wanted, false)).toBe(false);
		expect(answers({ ...wanted, releaseDate: '2022-06-01' }, wanted, false)).toBe(false);
		expect(answers({ ...wanted, metric: 'held' }, wanted, false)).toBe(false);
	});
	it('ignores the comparison release unless the measure needs it', () => {
		expect(answers({ ...wanted, baseDate: null }, wanted, false)).toBe(true);
		expect(answers({ ...wanted, baseDate: null }, wanted, true)).toBe(false);
	});
});
