import { describe, expect, it } from 'vitest';
import { duckdbErrorText } from './duckdb-error';

describe('duckdbErrorText', () => {
	it('reads the JSON a streamed query fails with', () => {
		expect(duckdbErrorText('{"exception_type":"Parser","exception_message":"syntax error at end of input","error_subtype":"SYNTAX_ERROR","position":"10"}')).toBe(
			'Parser Error: syntax error at end of input'
		);
		expect(duckdbErrorText('{"exception_message":"x"}')).toBe('x');
	});
	it('leaves other messages as they are', () => {
		expect(duckdbErrorText('Catalog Error: Table with name x does not exist!')).toBe('Catalog Error: Table with name x does not exist!');
		expect(duckdbErrorText('{not json')).toBe('{not json');
		expect(duckdbErrorText('{"exception_type":"IO"}')).toBe('{"exception_type":"IO"}');
	});
});
