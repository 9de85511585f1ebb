import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { GROUPWARE_COLUMNS, groupwareCsv } from './groupware-csv';

// Invented events.
const corporate: PlanEvent = { ...newEvent('012076', '2099-08-11'), id: 'c1', kind: 'corporate', status: '確定', expected: 40, company: '架空食品', site: '帯広工場', contact: '=HYPERLINK("x")', time: '12:00', endTime: '13:15' };
const other: PlanEvent = { ...newEvent('012076', '2099-08-12'), id: 'x1', kind: 'other', title: '説明会', site: '公民館', time: '18:30', endTime: '20:00' };

describe('groupware CSV (Outlook columns)', () => {
	it('has the stated columns, slash dates, start and end times, place and a description', () => {
		const lines = groupwareCsv([corporate, other], () => '帯広市').split('\r\n');
		expect(lines[0]).toBe('\ufeff件名,開始日,開始時刻,終了日,終了時刻,場所,説明');
		expect(GROUPWARE_COLUMNS).toEqual(['件名', '開始日', '開始時刻', '終了日', '終了時刻', '場所', '説明']);
		// The description keeps its line breaks (LF) inside one quoted cell; records end in CRLF.
		expect(lines[1]).toBe('帯広市 架空食品（確定）,2099/08/11,12:00,2099/08/11,13:15,帯広市 架空食品 帯広工場,"種類: 企業等への出張申請受付\n状況: 確定\n企業等: 架空食品\n見込み申請数: 40件\n連絡先・メモ: =HYPERLINK(""x"")"');
		expect(lines[2]).toBe('帯広市 説明会（候補）,2099/08/12,18:30,2099/08/12,20:00,帯広市 公民館,"種類: その他\n状況: 候補\n見込み申請数: 0件"');
		expect(lines).toHaveLength(4);
	});
});
