import { describe, expect, it } from 'vitest';
import { neighboursInRanking } from './ranking-neighbours';

const ranking = ['a', 'b', 'c', 'd', 'e', 'f'].map((code6) => ({ code6 }));

describe('neighboursInRanking', () => {
	it('takes up to n on each side, fewer at the ends', () => {
		expect(neighboursInRanking(ranking, 'c', 2).map((r) => r.code6)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(neighboursInRanking(ranking, 'a', 2).map((r) => r.code6)).toEqual(['a', 'b', 'c']);
		expect(neighboursInRanking(ranking, 'f', 1).map((r) => r.code6)).toEqual(['e', 'f']);
		expect(neighboursInRanking(ranking, 'zz', 1)).toEqual([]);
	});
});
