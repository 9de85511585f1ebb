import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { escapeText, eventsIcs, foldLine } from './ics';
import { parseIcs, unescapeText } from '../../../tests/support/ics-check';

// Invented events.
const offsite: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'o1', kind: 'offsite', status: '確定', expected: 120, venue: '駅前広場', time: '10:00', endTime: '15:30', updatedAt: '2099-07-01T09:30:00.000Z' };
const corporate: PlanEvent = { ...newEvent('011002', '2099-08-11'), id: 'c1', kind: 'corporate', status: '調整中', expected: 1200, company: '架空食品, 株式会社', site: '帯広工場; 食堂', contact: '総務課 0155-00-0000\n内線 12', time: '12:00', endTime: '13:15' };
const hostile: PlanEvent = {
	...offsite,
	id: 'h1',
	venue: 'A;B,C\\D',
	contact: '一行目\r二行目\n三行目\r\n四行目\r\nATTACH:http://example.invalid/x\r\nURL:http://example.invalid/',
	updatedAt: '2099-07-01T09:30:00.000Z'
};
const VEVENT_PROPERTIES = ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION'];

describe('iCalendar text', () => {
	it('escapes backslash, semicolon, comma and every kind of line break', () => {
		expect(escapeText('a\\b;c,d\re\nf\r\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
	});
	it('folds at 75 octets without splitting a UTF-8 character', () => {
		const folded = foldLine(`DESCRIPTION:${'あ'.repeat(60)}`);
		const lines = folded.split('\r\n');
		expect(lines.map((l) => new TextEncoder().encode(l).length)).toEqual([75, 73, 46]);
		expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`DESCRIPTION:${'あ'.repeat(60)}`);
		expect(foldLine('SHORT:x')).toBe('SHORT:x');
	});
});

describe('iCalendar export, read back by an RFC 5545 check', () => {
	it('has one VEVENT per event, only the expected properties, and the text as typed', () => {
		const long = { ...offsite, id: 'l1', contact: '長い連絡メモ、'.repeat(40) };
		const calendar = parseIcs(eventsIcs([offsite, hostile, long], () => '札幌市'));
		expect(calendar.name).toBe('VCALENDAR');
		expect(calendar.components.map((c) => c.name)).toEqual(['VTIMEZONE', 'VEVENT', 'VEVENT', 'VEVENT']);
		const events = calendar.components.filter((c) => c.name === 'VEVENT');
		for (const e of events) expect(e.properties.map((p) => p.name)).toEqual(VEVENT_PROPERTIES);
		const [first, second, third] = events.map((e) => Object.fromEntries(e.properties.map((p) => [p.name, p])));
		expect(first.DTSTART).toEqual({ name: 'DTSTART', params: ';TZID=Asia/Tokyo', value: '20990810T100000' });
		expect(first.DTEND).toEqual({ name: 'DTEND', params: ';TZID=Asia/Tokyo', value: '20990810T153000' });
		expect(first.DTSTAMP.value).toBe('20990701T093000Z');
		expect(unescapeText(first.SUMMARY.value)).toBe('札幌市 駅前広場（確定）');
		expect(unescapeText(second.UID.value)).toBe('h1@kofuritsu');
		expect(unescapeText(second.LOCATION.value)).toBe('札幌市 A;B,C\\D');
		// No injected ATTACH or URL: the attempt stays inside DESCRIPTION, with every line break as \n.
		expect(unescapeText(second.DESCRIPTION.value)).toBe(
			`種類: 庁舎外での出張申請受付（地場産品ノベルティ）\n状況: 確定\n会場: A;B,C\\D\n品目: —\n単価: 0円\n数量: 0\n見込み申請数: 120件\n連絡先・メモ: 一行目\n二行目\n三行目\n四行目\nATTACH:http://example.invalid/x\nURL:http://example.invalid/`
		);
		expect(unescapeText(third.DESCRIPTION.value)).toContain('長い連絡メモ、'.repeat(40));
	});
	it('tells an off-site desk its novelty: item, unit price and quantity', () => {
		const desk = { ...offsite, product: '架空のじゃがいも', unitCost: 500, quantity: 1200 };
		const [event] = parseIcs(eventsIcs([desk], () => '帯広市')).components.filter((c) => c.name === 'VEVENT');
		const description = unescapeText(event.properties.find((p) => p.name === 'DESCRIPTION')!.value);
		expect(description).toContain('品目: 架空のじゃがいも\n単価: 500円\n数量: 1,200');
	});
	it('gives a corporate drive its start and end, place, company, status, contact and expected applicants, as typed', () => {
		const text = eventsIcs([corporate], () => '帯広市');
		const [event] = parseIcs(text).components.filter((c) => c.name === 'VEVENT');
		const p = Object.fromEntries(event.properties.map((x) => [x.name, x]));
		expect([p.DTSTART.params, p.DTSTART.value, p.DTEND.params, p.DTEND.value]).toEqual([';TZID=Asia/Tokyo', '20990811T120000', ';TZID=Asia/Tokyo', '20990811T131500']);
		expect(unescapeText(p.LOCATION.value)).toBe('帯広市 架空食品, 株式会社 帯広工場; 食堂');
		expect(unescapeText(p.DESCRIPTION.value)).toBe('種類: 企業等への出張申請受付\n状況: 調整中\n企業等: 架空食品, 株式会社\n見込み申請数: 1,200件\n連絡先・メモ: 総務課 0155-00-0000\n内線 12');
		// Each physical line at most 75 octets (the check above throws otherwise) and the long DESCRIPTION folded.
		expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
	});
	it('escapes the UID too', () => {
		const text = eventsIcs([{ ...offsite, id: 'x;y,z' }], () => '札幌市');
		expect(text).toContain('UID:x\\;y\\,z@kofuritsu');
		expect(() => parseIcs(text)).not.toThrow();
	});
	it('the check itself refuses a raw line break, an unescaped comma and an overlong line', () => {
		const wrap = (body: string) => `BEGIN:VCALENDAR\r\n${body}\r\nEND:VCALENDAR\r\n`;
		expect(() => parseIcs(wrap('X-A:one\rtwo'))).toThrow('単独');
		expect(() => unescapeText('a,b')).toThrow('エスケープされていない');
		expect(() => parseIcs(wrap(`X-A:${'a'.repeat(80)}`))).toThrow('75オクテット');
	});
});
