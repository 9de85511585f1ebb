import { describe, expect, it } from 'vitest';
import { seriesDateRange, splitAtBreak } from './series-break';

describe('series split at the break between 交付率 and 保有枚数率', () => {
	const issued = [
		{ date: '2022-06-30', value: 42.1 },
		{ date: '2022-05-31', value: 41.0 }
	];
	const held = [
		{ date: '2023-07-31', value: 69.5 },
		{ date: '2023-06-30', value: 69.0 }
	];
	it('keeps each measure in its own segment, in date order, and marks the first held release', () => {
		const split = splitAtBreak(issued, held);
		expect(split.segments.map((s) => s.metric)).toEqual(['issued', 'held']);
		expect(split.segments[0].points.map((p) => p.date)).toEqual(['2022-05-31', '2022-06-30']);
		expect(split.segments[1].points.map((p) => p.date)).toEqual(['2023-06-30', '2023-07-31']);
		expect(split.breakDate).toBe('2023-06-30');
		expect(seriesDateRange(split)).toEqual(['2022-05-31', '2023-07-31']);
	});
	it('never puts a point of one measure into the other segment', () => {
		const split = splitAtBreak(issued, held);
		expect(split.segments[0].points.every((p) => p.value < 50)).toBe(true);
		expect(split.segments[1].points.every((p) => p.value > 50)).toBe(true);
	});
	it('has no break with one measure only', () => {
		expect(splitAtBreak(issued, []).breakDate).toBeNull();
		expect(splitAtBreak([], held).segments.map((s) => s.metric)).toEqual(['held']);
		expect(splitAtBreak([], held).breakDate).toBeNull();
		expect(seriesDateRange(splitAtBreak([], []))).toBeNull();
	});
});
