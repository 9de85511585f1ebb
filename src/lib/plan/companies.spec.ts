import { describe, expect, it } from 'vitest';
import { companyCounts, companyProblem, eventFromCompany, newCompany, sortCompanies, type Company } from './companies';
import { contentHash, revOf } from './revision';
import { mergePlans } from './merge';

// Invented companies.
const codes = new Set(['012076', '016365', '011002']);
const bureauOf = (code: string) => (code === '011002' ? '石狩振興局' : '十勝総合振興局');
const food: Company = { ...newCompany('012076', { name: '架空食品', employees: 1200, status: '希望あり', contact: '総務課' }), id: 'k1' };
const works: Company = { ...newCompany('016365', { name: '架空製作所', employees: 340, status: '日程調整中', deskCode6: '012076' }), id: 'k2' };
const bank: Company = { ...newCompany('011002', { name: '架空銀行', employees: null, status: '実施決定' }), id: 'k3' };

describe('company register', () => {
	it('counts companies and employees by every status and by the bureau of the site', () => {
		const counts = companyCounts([food, works, bank], bureauOf);
		expect(counts.byStatus).toEqual([
			{ status: '打診中', count: 0, employees: 0 },
			{ status: '希望あり', count: 1, employees: 1200 },
			{ status: '日程調整中', count: 1, employees: 340 },
			{ status: '実施決定', count: 1, employees: 0 },
			{ status: '実施済', count: 0, employees: 0 },
			{ status: '見送り', count: 0, employees: 0 }
		]);
		expect(counts.byBureau).toEqual([
			{ bureau: '十勝総合振興局', count: 2, employees: 1540, decided: 0 },
			{ bureau: '石狩振興局', count: 1, employees: 0, decided: 1 }
		]);
	});

	it('makes the company event in one step: run by the desk, at the site, linked, status carried over', () => {
		const event = eventFromCompany(works, '2022-08-03', '音更町');
		expect(event).toMatchObject({ kind: 'corporate', code6: '012076', date: '2022-08-03', company: '架空製作所', site: '音更町', companyId: 'k2', status: '調整中', version: 0 });
		expect(eventFromCompany(food, '2022-08-04', '帯広市')).toMatchObject({ code6: '012076', status: '候補', contact: '総務課' });
		expect(eventFromCompany(bank, '2022-08-05', '札幌市').status).toBe('確定');
	});

	it('checks what the editor saves, naming the field', () => {
		expect(companyProblem({ ...food }, codes)).toBeNull();
		expect(companyProblem({ ...food, name: '  ' }, codes)).toBe('name（企業名）: 空でない 200 文字以内の名前が必要です。保存していません');
		expect(companyProblem({ ...food, employees: -3 }, codes)).toContain('employees（従業員数）');
		expect(companyProblem({ ...food, deskCode6: '999999' }, codes)).toContain('deskCode6（担当市町村）');
		expect(companyProblem({ ...food, status: '検討中' }, codes)).toContain('status（状況）');
	});

	it('lists by status as work proceeds, then by name', () => {
		expect(sortCompanies([bank, works, food, { ...food, id: 'k4', name: 'あ架空' }]).map((c) => c.id)).toEqual(['k4', 'k1', 'k2', 'k3']);
	});

	it('merges like events: hashed on its own fields, one side changed → silently, both → a conflict', () => {
		expect(contentHash(food)).not.toBe(contentHash({ ...food, employees: 1201 }));
		const saved = { ...food, version: 1 };
		const theirs = { ...saved, version: 2, status: '実施決定' as const, history: [revOf(saved)] };
		const mine = { ...saved, version: 2, contact: '別の人', history: [revOf(saved)] };
		expect(mergePlans<Company>([saved], [theirs]).changed).toEqual([theirs]);
		expect(mergePlans<Company>([mine], [theirs]).conflicts).toHaveLength(1);
	});
});
