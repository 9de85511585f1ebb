import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../../src/lib/server/boundaries';
import { hokkaidoShapes } from '../../src/lib/map/hokkaido-shapes';

// On the real shapes built by `npm run data`: every tile of the tile view has its own label.
describe('tile view labels on the real map', () => {
	const { municipalities } = hokkaidoShapes(readBoundaries('北海道'));

	it('gives the 179 municipalities with data 179 different labels, none longer than two characters', () => {
		const withData = municipalities.filter((m) => m.hasData);
		expect(withData).toHaveLength(179);
		expect(new Set(withData.map((m) => m.abbreviation)).size).toBe(179);
		for (const m of withData) expect([...m.abbreviation].length).toBeLessThanOrEqual(2);
	});

	it('keeps every label unique with the Northern Territories too, each made of its name\'s (or bureau\'s) characters', () => {
		expect(new Set(municipalities.map((m) => m.abbreviation)).size).toBe(municipalities.length);
		for (const m of municipalities) for (const ch of m.abbreviation) expect(m.name + m.bureau).toContain(ch);
	});
});
