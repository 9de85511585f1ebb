import { describe, expect, it } from 'vitest';
import { quickChart } from './quick-chart';

describe('quickChart', () => {
	it('pairs the first label column with the first numeric column', () => {
		const chart = quickChart(
			[{ name: 'code6', type: 'Utf8' }, { name: 'name', type: 'Utf8' }, { name: 'rate', type: 'Float64' }],
			[['011002', '札幌市', 45.8], ['012025', '函館市', 39.3]]
		);
		expect(chart).toEqual({ label: 0, value: 2, bars: [{ label: '011002', value: 45.8 }, { label: '012025', value: 39.3 }] });
	});
	it('gives nothing without a numeric or a label column', () => {
		expect(quickChart([{ name: 'n', type: 'Int32' }], [[1]])).toBeNull();
		expect(quickChart([{ name: 'a', type: 'Utf8' }], [['x']])).toBeNull();
		expect(quickChart([{ name: 'a', type: 'Utf8' }, { name: 'n', type: 'Int32' }], [])).toBeNull();
	});
});
