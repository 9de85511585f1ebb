import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AA_TEXT_CONTRAST, contrastRatio, labelColorOn, parseColor, relativeLuminance, type Rgb } from './contrast';

describe('parseColor', () => {
	it('reads hex and rgb() forms', () => {
		expect(parseColor('#1b3a5c')).toEqual([27, 58, 92]);
		expect(parseColor('#fff')).toEqual([255, 255, 255]);
		expect(parseColor('rgb(8, 29, 88)')).toEqual([8, 29, 88]);
		expect(parseColor('rgba(8, 29, 88, 0.5)')).toEqual([8, 29, 88]);
		expect(parseColor('navy')).toBeNull();
	});
});

describe('relativeLuminance and contrastRatio (WCAG 2.1)', () => {
	it('gives 0 for black, 1 for white and 21:1 between them', () => {
		expect(relativeLuminance([0, 0, 0])).toBe(0);
		expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
		expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
	});
	it('matches published reference pairs', () => {
		// #777 on white is the classic just-failing grey (4.48:1); #767676 just passes (4.54:1).
		expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
		expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
		// Dark text on the palette's darkest navy, as the tile view drew it, fails AA.
		expect(contrastRatio([0x11, 0x11, 0x11], [0x08, 0x1d, 0x58])).toBeLessThan(AA_TEXT_CONTRAST);
	});
	it('is symmetric', () => {
		expect(contrastRatio([27, 58, 92], [250, 250, 250])).toBe(contrastRatio([250, 250, 250], [27, 58, 92]));
	});
});

describe('labelColorOn', () => {
	it('puts white on navy and black on pale yellow and on the no-data grey', () => {
		expect(labelColorOn('#081d58')).toBe('#ffffff');
		expect(labelColorOn('#ffffd9')).toBe('#000000');
		expect(labelColorOn('#d9d9d9')).toBe('#000000');
	});
	it('reaches AA contrast on every colour', () => {
		const channel = fc.integer({ min: 0, max: 255 });
		fc.assert(
			fc.property(fc.tuple(channel, channel, channel), (rgb) => {
				const hex = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
				const label = parseColor(labelColorOn(hex))!;
				expect(contrastRatio(rgb as Rgb, label)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
			}),
			{ numRuns: 2000 }
		);
	});
	it('refuses a colour it cannot read, naming it', () => {
		expect(() => labelColorOn('navy')).toThrow('navy');
	});
});
