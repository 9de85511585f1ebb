import { describe, expect, it } from 'vitest';
import { budgetBy, newEvent, noveltyCost, plannedCards, type PlanEvent } from './events';
import { eventsCsv, eventsIcs, parsePlanFile, toPlanFile } from './plan-file';

// Invented events.
const offsite: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'o1', kind: 'offsite', status: '確定', expected: 120, unitCost: 500, quantity: 150, subsidyShare: 0.5, venue: '駅前広場', product: '架空のじゃがいも' };
const corporate: PlanEvent = { ...newEvent('012025', '2099-09-05'), id: 'c1', kind: 'corporate', status: '調整中', expected: 80, company: '架空商事', site: '本社' };
const candidate: PlanEvent = { ...newEvent('012025', '2099-09-20'), id: 'x1', status: '候補', expected: 1000 };
const done: PlanEvent = { ...newEvent('011002', '2099-07-01'), id: 'd1', status: '実施済', expected: 50, actual: 64 };
const late: PlanEvent = { ...newEvent('011002', '2099-10-15'), id: 'l1', status: '確定', expected: 300 };
const bureauOf = (code: string) => (code === '011002' ? '石狩振興局' : '渡島総合振興局');

describe('budget', () => {
	it('costs novelties and splits subsidy and local share', () => {
		expect(noveltyCost(offsite)).toEqual({ total: 75_000, subsidy: 37_500, local: 37_500 });
		expect(noveltyCost(corporate)).toEqual({ total: 0, subsidy: 0, local: 0 });
		expect(budgetBy([offsite, { ...offsite, id: 'o2', quantity: 10, subsidyShare: 1 }, corporate], (e) => bureauOf(e.code6))).toEqual([
			{ key: '石狩振興局', total: 80_000, subsidy: 42_500, local: 37_500, events: 2 }
		]);
	});
});

describe('impact', () => {
	it('counts expected applications by the deadline, actuals for events held, never candidates', () => {
		expect(plannedCards([offsite, corporate, candidate, done, late], '2099-09-30')).toBe(120 + 80 + 64);
	});
});

describe('plan file', () => {
	const codes = new Set(['011002', '012025']);
	it('round-trips exactly', () => {
		const text = toPlanFile([offsite, corporate], 500_000);
		const parsed = parsePlanFile('plan.json', text, codes);
		expect(parsed.events).toEqual([offsite, corporate]);
		expect(parsed.budget).toBe(500_000);
	});
	it('refuses broken or foreign files, saying why', () => {
		expect(() => parsePlanFile('p.json', '{"schema": "kofuritsu-plan", "vers', codes)).toThrow('JSON として読めません');
		expect(() => parsePlanFile('p.json', '{"schema": "other", "version": 1, "events": []}', codes)).toThrow('計画ファイルではありません');
		expect(() => parsePlanFile('p.json', '{"schema": "kofuritsu-plan", "version": 9, "events": []}', codes)).toThrow('版 9 は読めません');
		const bad = JSON.parse(toPlanFile([offsite], null));
		bad.events[0].date = '9月1日';
		bad.events[0].code6 = '999999';
		expect(() => parsePlanFile('p.json', JSON.stringify(bad), codes)).toThrow(/events\[0\]\.code6: 北海道の市町村の団体コードが必要です.*events\[0\]\.date: YYYY-MM-DD の日付が必要です/);
	});
	it('exports Excel-safe CSV and iCalendar', () => {
		const csv = eventsCsv([{ ...corporate, contact: '=CMD()' }, offsite], () => '架空市', bureauOf);
		expect(csv.split('\r\n')[1]).toContain('2099-08-10,10:00,石狩振興局,架空市,庁舎外での出張申請受付（地場産品ノベルティ）,確定');
		expect(csv).toContain("'=CMD()");
		const ics = eventsIcs([offsite], () => '札幌市');
		expect(ics).toContain('DTSTART;TZID=Asia/Tokyo:20990810T100000');
		expect(ics).toContain('SUMMARY:札幌市 駅前広場（確定）');
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	});
});
