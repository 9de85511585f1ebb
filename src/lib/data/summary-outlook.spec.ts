import { describe, expect, it } from 'vitest';
import { fanDates, nationalRateOf } from './summary-outlook';

describe('fanDates', () => {
	it('steps from the release to the last deadline and keeps every deadline', () => {
		expect(fanDates('2022-06-30', '2022-09-30', ['2022-09-30'], 30)).toEqual(['2022-07-30', '2022-08-29', '2022-09-28', '2022-09-30']);
		expect(fanDates('2022-06-30', '2022-08-01', ['2022-07-15', '2022-08-01', '2022-06-30'], 14)).toEqual(['2022-07-14', '2022-07-15', '2022-07-28', '2022-08-01']);
	});
});

describe('nationalRateOf', () => {
	it('is all cards over all people, not an average of rates', () => {
		expect(nationalRateOf([{ cards: 10, population: 100 }, { cards: 90, population: 100 }])).toBe(50);
		expect(nationalRateOf([{ cards: 1, population: 10 }, { cards: 90, population: 90 }])).toBe(91);
	});
});
