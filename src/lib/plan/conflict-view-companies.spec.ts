import { describe, expect, it } from 'vitest';
import { newCompany, type Company } from './companies';
import { companyConflictRows, companyConflictTitle, sideNote } from './conflict-view';
import { tombstoneOf } from './revision';

// Invented companies and towns.
const T = '2099-07-01T09:30:00.000Z';
const towns: Record<string, string> = { '011002': '架空市', '012025': '仮町' };
const nameOf = (code: string) => towns[code] ?? code;
const mine: Company = { ...newCompany('011002', { name: '架空製作所', employees: 1200, period: '8月下旬' }), id: 'c1', version: 3, updatedAt: T };
const theirs: Company = { ...mine, version: 4, status: '実施決定', contact: '総務課 山田', deskCode6: '012025' };

describe('company conflict view', () => {
	it('names the company and its site, and lists only the fields that differ, in the register order', () => {
		const c = { id: 'c1', local: mine, incoming: theirs };
		expect(companyConflictTitle(c, nameOf)).toBe('架空製作所（架空市）');
		expect(companyConflictRows(c, nameOf)).toEqual([
			{ label: '連絡先', local: '—', incoming: '総務課 山田' },
			{ label: '状況', local: '打診中', incoming: '実施決定' },
			{ label: '担当', local: '架空市', incoming: '仮町' }
		]);
		expect(sideNote(theirs)).toBe('版 4（2099-07-01 09:30 UTC）');
	});
	it('shows employees as a grouped figure, and an unknown count as —', () => {
		const c = { id: 'c1', local: mine, incoming: { ...mine, version: 4, employees: null, name: '架空製作所 本社', code6: '012025', period: '9月' } };
		expect(companyConflictTitle(c, nameOf)).toBe('架空製作所（架空市）');
		expect(companyConflictRows(c, nameOf)).toEqual([
			{ label: '企業等', local: '架空製作所', incoming: '架空製作所 本社' },
			{ label: '所在', local: '架空市', incoming: '仮町' },
			{ label: '従業員', local: '1,200', incoming: '—' },
			{ label: '希望時期', local: '8月下旬', incoming: '9月' },
			// The desk follows the site when none is named.
			{ label: '担当', local: '架空市', incoming: '仮町' }
		]);
	});
	it('shows every filled field against 削除されています when one side deleted the company', () => {
		const gone = tombstoneOf(mine, T);
		const c = { id: 'c1', local: theirs, incoming: gone };
		expect(companyConflictTitle(c, nameOf)).toBe('架空製作所（架空市）');
		expect(companyConflictRows(c, nameOf)).toEqual([
			{ label: '企業等', local: '架空製作所', incoming: '削除されています' },
			{ label: '所在', local: '架空市', incoming: '削除されています' },
			{ label: '従業員', local: '1,200', incoming: '削除されています' },
			{ label: '連絡先', local: '総務課 山田', incoming: '削除されています' },
			{ label: '希望時期', local: '8月下旬', incoming: '削除されています' },
			{ label: '状況', local: '実施決定', incoming: '削除されています' },
			{ label: '担当', local: '仮町', incoming: '削除されています' }
		]);
		expect(sideNote(gone)).toBe('削除されています（版 4（2099-07-01 09:30 UTC））');
	});
	it('falls back to the id when both sides deleted it', () => {
		expect(companyConflictTitle({ id: 'c1', local: tombstoneOf(mine, T), incoming: tombstoneOf(theirs, T) }, nameOf)).toBe('c1');
	});
});
