import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../tools/data/build';
import { MUNICIPAL_COLUMNS } from '../../src/lib/domain/issuance-tables';

// An invented extra release whose one municipal row claims more cards than people.
function writeBadRelease(dir: string): string {
	const header = Object.values(MUNICIPAL_COLUMNS).map((c) => `"${c}"`).join(',');
	const row = '"2099/01/31","北海道","札幌市",1000,5000,500.0,"2099/01/01","2099/01/31",11002';
	const path = join(dir, 'all_localgovs.csv');
	writeFileSync(path, `\ufeff${header}\n${row}\n`);
	return path;
}

describe('npm run data is all or nothing', () => {
	it('refuses a bad input with file, row and column, and leaves the previous output untouched', async () => {
		const work = mkdtempSync(join(tmpdir(), 'kofuritsu-build-'));
		const outDir = join(work, 'data');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'sentinel.txt'), 'previous build');
		const errors: string[] = [];
		const originalError = console.error;
		console.error = (message: string) => errors.push(message);
		try {
			await expect(
				buildData(outDir, [{ release: '2099-01-31', source: 'test', files: { municipal: writeBadRelease(work) } }])
			).rejects.toThrow('static/data/ は変更していません');
			expect(errors).toContain('2099-01-31/all_localgovs.csv 2行目 交付枚数: 人口(1,000)を超えています'.replace('2099-01-31/', `${work.split('/').at(-1)}/`));
			expect(readFileSync(join(outDir, 'sentinel.txt'), 'utf8')).toBe('previous build');
		} finally {
			console.error = originalError;
			rmSync(work, { recursive: true, force: true });
		}
	});
});
