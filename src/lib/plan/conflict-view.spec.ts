import { describe, expect, it } from 'vitest';
import { newEvent, type PlanEvent } from './events';
import { conflictRows, conflictTitle, sideNote } from './conflict-view';
import { tombstoneOf } from './revision';

// Invented events.
const T = '2099-07-01T09:30:00.000Z';
const mine: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'a', version: 4, expected: 150, updatedAt: T };
const theirs: PlanEvent = { ...mine, version: 5, status: '確定', contact: '電話済み' };
const nameOf = (code: string) => (code === '011002' ? '架空市' : code);

describe('conflict view', () => {
	it('names the event and lists only the fields that differ', () => {
		const c = { id: 'a', local: mine, incoming: theirs };
		expect(conflictTitle(c, nameOf)).toBe('2099-08-10 10:00 架空市');
		expect(conflictRows(c, nameOf)).toEqual([
			{ label: '状況', local: '候補', incoming: '確定' },
			{ label: '連絡メモ', local: '—', incoming: '電話済み' }
		]);
		expect(sideNote(mine)).toBe('版 4（2099-07-01 09:30 UTC）');
	});
	it('shows every filled field against 削除されています when one side deleted it', () => {
		const gone = tombstoneOf(mine, T);
		const c = { id: 'a', local: gone, incoming: theirs };
		expect(conflictTitle(c, nameOf)).toBe('2099-08-10 10:00 架空市');
		const rows = conflictRows(c, nameOf);
		expect(rows.find((r) => r.label === '市町村')).toEqual({ label: '市町村', local: '削除されています', incoming: '架空市' });
		expect(rows.every((r) => r.local === '削除されています')).toBe(true);
		expect(sideNote(gone)).toBe('削除されています（版 5（2099-07-01 09:30 UTC））');
	});
});
