import { describe, expect, it } from 'vitest';
import { rankChange } from './rank-change';

describe('rankChange', () => {
	it('says up when the number falls, down when it rises', () => {
		expect(rankChange(37, 36)).toEqual({ direction: 'up', places: 1 });
		expect(rankChange(30, 36)).toEqual({ direction: 'down', places: 6 });
		expect(rankChange(36, 36)).toEqual({ direction: 'same', places: 0 });
	});
});
