import { describe, expect, it } from 'vitest';
import { classIndex, classLabels, colorOf, NO_DATA_COLOR, quantileBreaks, sequentialClasses } from './color-classes';

describe('color classes', () => {
	it('breaks at rounded quantiles', () => {
		expect(quantileBreaks([10, 20, 30, 40, 50], 4)).toEqual([20, 30, 40]);
		expect(quantileBreaks([1, 1, 1, 1], 4)).toEqual([]);
	});
	it('puts a value equal to a break in the upper class', () => {
		expect(classIndex(19.9, [20, 30])).toBe(0);
		expect(classIndex(20, [20, 30])).toBe(1);
		expect(classIndex(99, [20, 30])).toBe(2);
	});
	it('colours missing values as no data and writes every class out', () => {
		const classes = sequentialClasses([10, 20, 30, 40, 50], 4);
		expect(classes.colors).toHaveLength(4);
		expect(colorOf(null, classes)).toBe(NO_DATA_COLOR);
		expect(colorOf(10, classes)).toBe(classes.colors[0]);
		expect(colorOf(50, classes)).toBe(classes.colors[3]);
		expect(classLabels(classes, (n) => n.toFixed(1))).toEqual(['10.0 〜 20.0 未満', '20.0 〜 30.0 未満', '30.0 〜 40.0 未満', '40.0 〜 50.0']);
	});
});
