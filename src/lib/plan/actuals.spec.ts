import { describe, expect, it } from 'vitest';
import { plannedVersusActual } from './actuals';
import { newEvent } from './events';

describe('plannedVersusActual', () => {
	it('compares planned applications with the cards gained across the events', () => {
		const events = [{ ...newEvent('a', '2099-08-10'), status: '確定' as const, expected: 100 }, { ...newEvent('a', '2099-09-01'), status: '調整中' as const, expected: 50 }, { ...newEvent('b', '2099-08-10'), expected: 999 }];
		const cards = [
			{ code6: 'a', release_date: '2099-08-01', cards: 1000 },
			{ code6: 'a', release_date: '2099-10-01', cards: 1180 }
		];
		expect(plannedVersusActual(events, cards)).toEqual([{ code6: 'a', planned: 150, actual: 180, since: '2099-08-01' }]);
		expect(plannedVersusActual(events, cards.slice(0, 1))[0].actual).toBeNull();
	});
});
