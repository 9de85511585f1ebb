import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from './canonical-csv';

describe('toCanonicalCsv', () => {
	it('quotes only what needs quoting and writes null as empty', () => {
		expect(toCanonicalCsv(['a', 'b', 'c'], [{ a: 'x,y', b: 'say "hi"', c: null }, { a: 1, b: 'plain', c: true }])).toBe(
			'a,b,c\n"x,y","say ""hi""",\n1,plain,true\n'
		);
	});
});
