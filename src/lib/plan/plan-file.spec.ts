import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { checkPlanFileSize, MAX_PLAN_BYTES, parsePlanFile, toPlanFile } from './plan-file';
import { tombstoneOf } from './revision';
import { editProblem, isCalendarDate } from './event-checks';
import { newCompany } from './companies';

// Invented events.
const codes = new Set(['011002', '012025']);
const offsite: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'o1', kind: 'offsite', status: '確定', expected: 120, unitCost: 500, quantity: 150, venue: '駅前広場' };
const corporate: PlanEvent = { ...newEvent('012025', '2099-09-05'), id: 'c1', expected: 80, company: '架空商事', history: ['1-0123abcd'], version: 2 };
/** A valid file with one field of the first event replaced by raw JSON text (so 1e999, Infinity in JSON, can be written). */
const withField = (key: string, json: string) => {
	const file = JSON.parse(toPlanFile([offsite, corporate], null));
	file.events[0][key] = '@@FIELD@@';
	return JSON.stringify(file).replace('"@@FIELD@@"', json);
};
const refusal = (text: string) => {
	try {
		parsePlanFile('plan.json', text, codes);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('受け付けてしまいました');
};

describe('plan file', () => {
	it('round-trips exactly, deleted events included', () => {
		const gone = tombstoneOf({ ...corporate, id: 'g1' }, '2099-07-01T00:00:00.000Z');
		const parsed = parsePlanFile('plan.json', toPlanFile([offsite, corporate], 500_000, [gone]), codes);
		expect(parsed.events).toEqual([offsite, corporate]);
		expect(parsed.deleted).toEqual([gone]);
		expect(parsed.budget).toBe(500_000);
	});

	it('reads files written before revisions were kept (no history, no deleted)', () => {
		const file = JSON.parse(toPlanFile([offsite], null));
		delete file.events[0].history;
		delete file.deleted;
		expect(parsePlanFile('old.json', JSON.stringify(file), codes).events[0].history).toEqual([]);
	});

	it('keeps only the known fields', () => {
		const text = withField('__proto__', '{ "polluted": true }').replace('"id": "o1"', '"id": "o1", "extra": "x"');
		const event = parsePlanFile('plan.json', text, codes).events[0] as unknown as Record<string, unknown>;
		expect(Object.hasOwn(event, 'extra')).toBe(false);
		expect(Object.hasOwn(event, '__proto__')).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses broken or foreign files, saying why and changing nothing', () => {
		expect(refusal('{"schema": "kofuritsu-plan", "vers')).toBe('plan.json: JSON として読めません（壊れているか、計画ファイルではありません）（計画は変えていません）');
		expect(refusal('{"schema": "other", "version": 1, "events": []}')).toContain('計画ファイルではありません');
		expect(refusal('{"schema": "kofuritsu-plan", "version": 9, "events": []}')).toContain('版 9 は読めません');
		expect(refusal('null')).toContain('計画ファイルではありません');
	});

	it.each([
		['version', '9007199254740992', 'version（版）: 0以上 1,000,000,000 以下の整数が必要です（値「9007199254740992」）'],
		['version', '1.5', 'version（版）: 0以上'],
		['version', '-1', 'version（版）: 0以上'],
		['version', '"3"', 'version（版）: 0以上'],
		['id', '"x\\r\\nATTACH:http://example.invalid"', 'id: 英数字で始まり'],
		['id', '""', 'id: 英数字で始まり'],
		['id', `"${'a'.repeat(65)}"`, 'id: 英数字で始まり'],
		['kind', '"constructor"', 'kind（種類）: 種類（corporate・offsite・other のいずれか）が必要です（値「constructor」）'],
		['kind', '"__proto__"', 'kind（種類）'],
		['kind', '"toString"', 'kind（種類）'],
		['date', '"2022-02-30"', 'date（日付）: 実在する YYYY-MM-DD の日付（2000〜2099年）が必要です（値「2022-02-30」）'],
		['date', '"2022-8-1"', 'date（日付）'],
		['date', '"2022-08-01T00:00"', 'date（日付）'],
		['date', '"9月1日"', 'date（日付）'],
		['time', '"24:00"', 'time（開始時刻）'],
		['endTime', '"09:00"', 'endTime（終了時刻）: 終了時刻は開始時刻より後にしてください'],
		['status', '"constructor"', 'status（状況）'],
		['unitCost', '1e999', 'unitCost（単価）: 0以上 100,000,000 円以下の整数（円）が必要です（値「Infinity」）'],
		['unitCost', '-500', 'unitCost（単価）'],
		['quantity', '1e300', 'quantity（数量）'],
		['expected', '-1', 'expected（見込み申請数）'],
		['actual', '1e999', 'actual（実績申請数）'],
		['subsidyShare', '1.5', 'subsidyShare（国の補助の割合）'],
		['code6', '"999999"', 'code6（市町村）: 北海道の市町村の団体コードが必要です'],
		['contact', `"${'x'.repeat(2001)}"`, 'contact（連絡メモ）'],
		['updatedAt', '"yesterday"', 'updatedAt（更新日時）'],
		['history', '["x"]', 'history（版の履歴）']
	])('refuses %s = %s, naming the event and the field', (key, json, expected) => {
		const message = refusal(withField(key, json));
		expect(message).toContain(`plan.json: 行事 1件目（id「${key === 'id' ? JSON.parse(json).slice(0, 40) : 'o1'}`);
		expect(message).toContain(expected);
	});

	it('refuses Infinity written as a number too large for JSON, and a non-finite budget', () => {
		const text = toPlanFile([offsite], null).replace('"unitCost": 500', '"unitCost": 1e999').replace('"budget": null', '"budget": 1e999');
		const message = refusal(text);
		expect(message).toContain('unitCost（単価）');
		expect(message).toContain('budget（予算）');
	});

	it('refuses a file too large to be a plan before reading it', () => {
		expect(() => checkPlanFileSize('big.json', MAX_PLAN_BYTES)).not.toThrow();
		expect(() => checkPlanFileSize('big.json', 1024 * 1024 * 1024)).toThrow('big.json: 1024.0 MiB は計画ファイルとして大きすぎます（上限 32 MiB）（計画は変えていません）');
	});

	it('refuses the same id twice, and lists at most ten problems', () => {
		expect(refusal(toPlanFile([offsite, { ...offsite }], null))).toContain('id「o1」が 1件目と 2件目で重複しています');
		const many = JSON.parse(toPlanFile(Array.from({ length: 12 }, (_, i) => ({ ...offsite, id: `e${i}` })), null));
		for (const e of many.events) e.kind = 'constructor';
		expect(refusal(JSON.stringify(many))).toMatch(/行事 10件目.*、ほか 2 件/);
	});
});

describe('checks shared with the editor', () => {
	it('knows a real day', () => {
		expect(['2022-02-28', '2024-02-29', '2022-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
		expect(['2022-02-29', '2022-02-30', '2022-13-01', '2022-00-10', '1999-01-01', '２０２２-01-01', 20220101].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false]);
	});
	it('refuses an edited event with Infinity or a negative cost, saying which field', () => {
		expect(editProblem({ ...offsite, unitCost: Infinity }, codes)).toContain('unitCost（単価）');
		expect(editProblem({ ...offsite, quantity: -3 }, codes)).toContain('quantity（数量）');
		expect(editProblem({ ...offsite }, codes)).toBeNull();
	});
});

describe('plan file: companies, end times and the subsidy rule', () => {
	const company = { ...newCompany('012025', { name: '架空商事', employees: 120, status: '希望あり' as const }), id: 'k1', version: 1, updatedAt: '2099-07-01T00:00:00.000Z' };
	const rule = { sharePercent: 100, capPerItem: 1_000, capPerEvent: 50_000, source: '架空の交付要綱（2099年7月1日）' };

	it('round-trips companies, their tombstones and the rule', () => {
		const gone = tombstoneOf({ ...company, id: 'k2' }, '2099-07-02T00:00:00.000Z');
		const parsed = parsePlanFile('plan.json', toPlanFile([offsite], null, [], { companies: [company], deletedCompanies: [gone], subsidyRule: rule }), codes);
		expect(parsed.companies).toEqual([company]);
		expect(parsed.deletedCompanies).toEqual([gone]);
		expect(parsed.subsidyRule).toEqual(rule);
	});

	it('reads a file from before companies, end times and the rule: end = start + 2 h, no companies, no rule, the old share dropped', () => {
		const file = JSON.parse(toPlanFile([offsite], null));
		delete file.companies;
		delete file.deletedCompanies;
		delete file.subsidyRule;
		delete file.events[0].endTime;
		delete file.events[0].companyId;
		file.events[0].subsidyShare = 0.5;
		const parsed = parsePlanFile('old.json', JSON.stringify(file), codes);
		expect(parsed.events[0]).toEqual({ ...offsite, endTime: '12:00', companyId: '' });
		expect(parsed.events[0]).not.toHaveProperty('subsidyShare');
		expect(parsed.companies).toEqual([]);
		expect(parsed.subsidyRule).toBeNull();
	});

	it('refuses a bad company naming it and the field, and a bad rule naming the field', () => {
		const file = JSON.parse(toPlanFile([offsite], null, [], { companies: [{ ...company, status: '検討中' as never, code6: '999999' }], subsidyRule: { ...rule, sharePercent: 0.5 } }));
		const message = refusal(JSON.stringify(file));
		expect(message).toContain('企業等 1件目（id「k1」）の code6（所在市町村）: 北海道の市町村の団体コードが必要です');
		expect(message).toContain('企業等 1件目（id「k1」）の status（状況）');
		expect(message).toContain('subsidyRule（補助の決まり）の sharePercent（補助率 %）: 0〜100 の整数（%）が必要です');
	});

	it('checks the end after the start in the editor too', () => {
		expect(editProblem({ ...offsite, time: '10:00', endTime: '10:00' }, codes)).toBe('endTime（終了時刻）: 終了時刻は開始時刻より後にしてください。保存していません');
		expect(editProblem({ ...offsite, time: '10:00', endTime: '10:01' }, codes)).toBeNull();
	});
});

describe('file-level notes (bureau, savedAt, savedBy)', () => {
	it('travel through a file and are optional; a non-string is refused by name', () => {
		const codes = new Set(['011002']);
		const text = toPlanFile([], 1000, [], { bureau: '石狩振興局', savedAt: '2022-07-01T01:42:00.000Z', savedBy: '普及係' });
		expect(parsePlanFile('a.json', text, codes)).toMatchObject({ bureau: '石狩振興局', savedAt: '2022-07-01T01:42:00.000Z', savedBy: '普及係', budget: 1000 });
		expect(parsePlanFile('b.json', toPlanFile([], null), codes).bureau).toBeUndefined();
		const bad = JSON.stringify({ ...JSON.parse(text), bureau: { x: 1 } });
		expect(() => parsePlanFile('c.json', bad, codes)).toThrow('c.json: bureau: 60 文字以内の文字列が必要です（値「{"x":1}」）');
	});
});

describe('a plan file\'s region list', () => {
	const base = { schema: 'kofuritsu-plan', version: 1, exportedAt: '', budget: null, events: [], deleted: [] };
	const known = new Set(['202011', '202029']);
	it('travels in the file and is read back', () => {
		const list = { id: 'regions-長野県', prefecture: '長野県', regions: { '202011': '北信' }, version: 2, history: ['1-abc'] };
		const text = toPlanFile([], null, [], { regionList: list, bureau: '北信' });
		expect(parsePlanFile('p.json', text, known).regionList).toEqual(list);
	});
	it('refuses a code that is not a municipality of the plan\'s prefecture', () => {
		const text = JSON.stringify({ ...base, regionList: { prefecture: '長野県', regions: { '012025': '十勝' } } });
		expect(() => parsePlanFile('p.json', text, known)).toThrow(/012025/);
	});
});
