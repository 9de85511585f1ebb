import { describe, expect, it } from 'vitest';
import { newEvent } from './events';
import { eventCountByCode, eventsByDate, sortEvents } from './event-index';

// Invented events.
const a = { ...newEvent('011002', '2099-08-10'), id: 'a', time: '13:00' };
const b = { ...newEvent('011002', '2099-08-10'), id: 'b', time: '09:00' };
const c = { ...newEvent('012025', '2099-07-01'), id: 'c' };
const d = { ...newEvent('012025', '2099-07-01'), id: 'd' };

describe('event index', () => {
	it('sorts by date, time, id without touching the input', () => {
		const input = [a, d, b, c];
		expect(sortEvents(input).map((e) => e.id)).toEqual(['c', 'd', 'b', 'a']);
		expect(input.map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
	});
	it('counts by municipality and groups by date in one pass', () => {
		expect([...eventCountByCode([a, b, c])]).toEqual([['011002', 2], ['012025', 1]]);
		expect([...eventsByDate(sortEvents([a, b, c, d]))].map(([date, list]) => [date, list.map((e) => e.id)])).toEqual([['2099-07-01', ['c', 'd']], ['2099-08-10', ['b', 'a']]]);
	});
});
