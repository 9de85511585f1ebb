import { describe, expect, it } from 'vitest';
import { QueryReader, correctedQuery, ignoredNote } from './query-values';

describe('QueryReader', () => {
	it('keeps allowed values and records the rest', () => {
		const reader = new QueryReader(new URLSearchParams('date=2099-01-01&measure=rate&pref=北海道県'));
		expect(reader.pick('date', ['2022-06-30'])).toBeNull();
		expect(reader.pick('measure', ['rate', 'cards'])).toBe('rate');
		expect(reader.accept('pref', (v) => v === '北海道')).toBeNull();
		expect(reader.ignored).toEqual([
			{ key: 'date', value: '2099-01-01' },
			{ key: 'pref', value: '北海道県' }
		]);
	});
	it('treats absent and empty values as absent, not ignored', () => {
		const reader = new QueryReader(new URLSearchParams('date='));
		expect(reader.pick('date', ['x'])).toBeNull();
		expect(reader.pick('m', ['x'])).toBeNull();
		expect(reader.ignored).toEqual([]);
	});
});

describe('correctedQuery and ignoredNote', () => {
	it('drops exactly the ignored keys', () => {
		const params = new URLSearchParams('date=2099-01-01&measure=rate');
		expect(correctedQuery(params, [{ key: 'date', value: '2099-01-01' }])).toBe('?measure=rate');
		expect(correctedQuery(new URLSearchParams('m=1'), [{ key: 'm', value: '1' }])).toBe('');
	});
	it('names every ignored value in one sentence', () => {
		expect(ignoredNote([])).toBeNull();
		expect(ignoredNote([{ key: 'date', value: '2099-01-01' }, { key: 'm', value: '011001' }])).toBe(
			'アドレスの「date=2099-01-01」「m=011001」は読めないため使わず、既定の表示にしました。'
		);
	});
});
