import { describe, expect, it } from 'vitest';
import { terminalLines, terminalSafe } from './terminal-text';

describe('terminalSafe', () => {
	it('escapes ESC, C0, C1, DEL and bidi controls, and keeps Japanese and tabs', () => {
		expect(terminalSafe('札幌市\u001b[31m赤\u001b]0;title\u0007')).toBe('札幌市\\u{1B}[31m赤\\u{1B}]0;title\\u{07}');
		expect(terminalSafe('a\u202Eevil\u2066x\u2069\u0085\u007f')).toBe('a\\u{202E}evil\\u{2066}x\\u{2069}\\u{85}\\u{7F}');
		expect(terminalSafe('名前\tタブ')).toBe('名前\tタブ');
	});
	it('a line break inside a message cannot start a forged line', () => {
		expect(terminalLines(['x.csv\n取り込みました', 'ok'])).toBe('x.csv\\u{0A}取り込みました\nok');
	});
});
