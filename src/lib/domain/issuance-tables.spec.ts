import { describe, expect, it } from 'vitest';
import { recognizeTable, MUNICIPAL_COLUMNS, PREFECTURAL_COLUMNS, BY_KIND_COLUMNS, DEMOGRAPHIC_COLUMNS } from './issuance-tables';

describe('recognizeTable', () => {
	it('tells the four tables apart by their headers, in any column order', () => {
		expect(recognizeTable(Object.values(MUNICIPAL_COLUMNS).reverse())).toBe('municipal');
		expect(recognizeTable(Object.values(PREFECTURAL_COLUMNS))).toBe('prefectural');
		expect(recognizeTable(Object.values(BY_KIND_COLUMNS))).toBe('byKind');
		expect(recognizeTable([...Object.values(DEMOGRAPHIC_COLUMNS), '交付率(計)'])).toBe('demographics');
	});
	it('recognises nothing when a column is missing', () => {
		expect(recognizeTable(Object.values(PREFECTURAL_COLUMNS).slice(1))).toBeNull();
		expect(recognizeTable([])).toBeNull();
	});
});
