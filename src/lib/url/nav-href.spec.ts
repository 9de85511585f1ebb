import { describe, expect, it } from 'vitest';
import { navContextOf, navHref } from './nav-href';

describe('navHref', () => {
	it('keeps the chosen prefecture and release', () => {
		expect(navHref('/ranking/', { pref: '長野県', date: '2022-06-01' })).toBe('/ranking/?pref=%E9%95%B7%E9%87%8E%E7%9C%8C&date=2022-06-01');
		expect(navHref('/summary/', { pref: null, date: '2022-06-01' })).toBe('/summary/?date=2022-06-01');
	});
	it('adds nothing when neither was chosen', () => {
		expect(navHref('/plan/', { pref: null, date: null })).toBe('/plan/');
	});
	it('reads pref and date from an address and drops the rest of a screen’s state', () => {
		const context = navContextOf('?pref=%E9%95%B7%E9%87%8E%E7%9C%8C&measure=cards&date=2022-06-01&m=202011');
		expect(context).toEqual({ pref: '長野県', date: '2022-06-01' });
		expect(navHref('/', context)).toBe('/?pref=%E9%95%B7%E9%87%8E%E7%9C%8C&date=2022-06-01');
		expect(navContextOf('?pref=&date=')).toEqual({ pref: null, date: null });
	});
});
