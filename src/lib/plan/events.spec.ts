import { describe, expect, it } from 'vitest';
import { defaultEndTime, newEvent, placeOf, plannedCards, type PlanEvent } from './events';
import { eventsCsv } from './plan-file';

// Invented events.
const offsite: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'o1', kind: 'offsite', status: '確定', expected: 120, unitCost: 500, quantity: 150, venue: '駅前広場', product: '架空のじゃがいも' };
const corporate: PlanEvent = { ...newEvent('012025', '2099-09-05'), id: 'c1', kind: 'corporate', status: '調整中', expected: 80, company: '架空商事', site: '本社' };
const candidate: PlanEvent = { ...newEvent('012025', '2099-09-20'), id: 'x1', status: '候補', expected: 1000 };
const done: PlanEvent = { ...newEvent('011002', '2099-07-01'), id: 'd1', status: '実施済', expected: 50, actual: 64 };
const late: PlanEvent = { ...newEvent('011002', '2099-10-15'), id: 'l1', status: '確定', expected: 300 };
const bureauOf = (code: string) => (code === '011002' ? '石狩振興局' : '渡島総合振興局');

describe('impact', () => {
	it('counts expected applications by the deadline, actuals for events held, never candidates', () => {
		expect(plannedCards([offsite, corporate, candidate, done, late], '2099-09-30')).toBe(120 + 80 + 64);
	});
});

describe('CSV', () => {
	it('exports Excel-safe CSV', () => {
		const csv = eventsCsv([{ ...corporate, contact: '=CMD()' }, offsite], () => '架空市', bureauOf);
		expect(csv.split('\r\n')[1]).toContain('2099-08-10,10:00,12:00,石狩振興局,架空市,庁舎外での出張申請受付（地場産品ノベルティ）,確定');
		expect(csv).toContain("'=CMD()");
	});
});

describe('when and where', () => {
	it('gives older events an end two hours after the start, never past midnight', () => {
		expect(defaultEndTime('10:00')).toBe('12:00');
		expect(defaultEndTime('09:45')).toBe('11:45');
		expect(defaultEndTime('22:30')).toBe('23:59');
	});
	it('names the place by kind', () => {
		expect(placeOf(offsite)).toBe('駅前広場');
		expect(placeOf(corporate)).toBe('架空商事 本社');
		expect(placeOf({ ...corporate, kind: 'other', site: '公民館' })).toBe('公民館');
	});
});
