import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatMiB, MAX_IMPORT_BYTES } from './limits';
import { checkCsvShape } from './csv-shape';

describe('limits as stated to people', () => {
	it('states sizes in MiB, as the limit is set', () => {
		expect(formatMiB(MAX_IMPORT_BYTES)).toBe('50');
		expect(formatMiB(MAX_IMPORT_BYTES + 1)).toBe('50.0');
		expect(formatMiB(73_400_320)).toBe('70');
		expect(formatMiB(1_572_864)).toBe('1.5');
	});
	it('refuses too many lines or an overlong line, naming the line', () => {
		expect(() => checkCsvShape('a.csv', 'h\n'.repeat(10_051))).not.toThrow();
		expect(() => checkCsvShape('a.csv', 'h\n'.repeat(10_052))).toThrow('a.csv 10052行目: 行が多すぎます（上限 10,000 行');
		expect(() => checkCsvShape('a.csv', `h\nx\n${'y'.repeat(70_000)}\n`)).toThrow('a.csv 3行目: 1行が長すぎます（70,000 文字。上限 65,536 文字）');
	});
});

describe('package.json engines', () => {
	it('asks for the Node versions the build tool itself needs', () => {
		const ours = JSON.parse(readFileSync('package.json', 'utf8')).engines.node;
		const vite = JSON.parse(readFileSync('node_modules/vite/package.json', 'utf8')).engines.node;
		expect(ours).toBe(vite);
	});
});
