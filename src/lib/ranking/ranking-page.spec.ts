import { describe, expect, it } from 'vitest';
import { rankingQuery, readRankingQuery } from './ranking-page';

// Invented releases: two with cards issued only, the last with both measures.
const measures = [
	{ release_date: '2099-01-01', issued: true, held: false },
	{ release_date: '2099-02-01', issued: true, held: false },
	{ release_date: '2099-03-01', issued: true, held: true }
];

describe('readRankingQuery', () => {
	it('reads prefecture, release and measure from the address', () => {
		expect(readRankingQuery('?pref=長野県&date=2099-03-01&measure=held', measures, '青森県')).toEqual({ focus: '長野県', releaseDate: '2099-03-01', metric: 'held', note: null, corrected: null });
	});
	it('shows cards issued for a release without cards held, and defaults to the latest release', () => {
		expect(readRankingQuery('?measure=held&date=2099-01-01', measures, '青森県').metric).toBe('issued');
		expect(readRankingQuery('', measures, '青森県')).toMatchObject({ focus: '青森県', releaseDate: '2099-03-01', metric: 'issued' });
	});
	it('names unknown values and drops them from the address', () => {
		const q = readRankingQuery('?pref=X&date=1999-01-01&measure=foo&keep=1', measures, '青森県');
		expect(q.note).toMatch(/pref=X.*date=1999-01-01.*measure=foo/);
		expect(q.corrected).toBe('?keep=1');
	});
});

describe('rankingQuery', () => {
	it('applies a patch and leaves the default prefecture out', () => {
		expect(rankingQuery('?date=2099-02-01', { pref: '長野県' }, '青森県')).toBe('?date=2099-02-01&pref=%E9%95%B7%E9%87%8E%E7%9C%8C');
		expect(rankingQuery('?pref=長野県', { pref: '青森県' }, '青森県')).toBe('');
		expect(rankingQuery('?date=2099-02-01', { date: null }, '青森県')).toBe('');
	});
});
