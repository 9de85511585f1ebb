import { describe, expect, it } from 'vitest';
import { classIndex, classLabels, colorOf, fixedRateClasses, NO_DATA_COLOR, quantileBreaks, sequentialClasses } from './color-classes';

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

describe('fixed rate classes', () => {
	it('breaks every 10 points with the national rate as a named boundary', () => {
		const classes = fixedRateClasses([22.8, 38.4, 59.1], 45.25);
		expect(classes.breaks).toEqual([30, 40, 45.3, 50]);
		expect(classes.colors).toHaveLength(5);
		expect(classLabels(classes, (n) => n.toFixed(1))).toEqual([
			'20.0 〜 30.0 未満',
			'30.0 〜 40.0 未満',
			'40.0 〜 45.3（全国） 未満',
			'45.3（全国） 〜 50.0 未満',
			'50.0 〜 60.0'
		]);
		expect(colorOf(45.3, classes)).toBe(classes.colors[3]);
		expect(colorOf(45.2, classes)).toBe(classes.colors[2]);
	});
	it('gives a rate the same colour in every release, darker for higher rates', () => {
		const early = fixedRateClasses([3.6, 7.5, 25.9], 9.6);
		const late = fixedRateClasses([22.8, 42.1, 59.1], 45.3);
		// Outside the decade the national rate splits, a rate has one colour whatever the release.
		expect(colorOf(25, early)).toBe(colorOf(25, late));
		const lightness = (hex: string) => {
			const n = parseInt(hex.slice(1), 16);
			return ((n >> 16) & 255) + ((n >> 8) & 255) + (n & 255);
		};
		const toHex = (c: string) => (c.startsWith('#') ? c : '#' + c.match(/\d+/g)!.map((v) => Number(v).toString(16).padStart(2, '0')).join(''));
		expect(lightness(toHex(colorOf(5, early)))).toBeGreaterThan(lightness(toHex(colorOf(55, late))));
		// The national rate is kept in range, even when every value is below it.
		expect(fixedRateClasses([10, 12], 45.3).breaks).toContain(45.3);
	});
});
