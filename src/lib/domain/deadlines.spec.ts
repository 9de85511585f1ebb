import { describe, expect, it } from 'vitest';
import { deadlinesAfter } from './deadlines';

describe('deadlinesAfter', () => {
	it('gives the next 9月末, 年末 and 年度末 after a release, in date order', () => {
		expect(deadlinesAfter('2022-06-30')).toEqual([
			{ date: '2022-09-30', label: '9月末' },
			{ date: '2022-12-31', label: '年末' },
			{ date: '2023-03-31', label: '年度末' }
		]);
		expect(deadlinesAfter('2022-10-31').map((d) => d.date)).toEqual(['2022-12-31', '2023-03-31', '2023-09-30']);
		expect(deadlinesAfter('2023-01-31').map((d) => d.date)).toEqual(['2023-03-31', '2023-09-30', '2023-12-31']);
	});
	it('never offers the release date itself', () => {
		expect(deadlinesAfter('2022-09-30').map((d) => d.date)).toEqual(['2022-12-31', '2023-03-31', '2023-09-30']);
	});
});
