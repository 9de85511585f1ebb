import { describe, expect, it } from 'vitest';
import { planFileName } from './plan-file-name';

describe('plan file name', () => {
	it('names the bureau and the local day', () => {
		expect(planFileName('十勝総合振興局', new Date(2022, 7, 1, 9, 30))).toBe('計画_十勝総合振興局_2022-08-01.json');
	});
	it('keeps a name any file system accepts', () => {
		expect(planFileName('a/b: c', new Date(2022, 0, 5))).toBe('計画_a_b_c_2022-01-05.json');
	});
});
