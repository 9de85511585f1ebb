import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MissingSourceError, mirrorDir, resolveSource } from '../../tools/data/sources';

const saved = process.env.KOFURITSU_MIRROR;
afterEach(() => {
	if (process.env.KOFURITSU_MIRROR?.includes('kofuritsu-empty-mirror-')) rmSync(process.env.KOFURITSU_MIRROR, { recursive: true, force: true });
	if (saved == null) delete process.env.KOFURITSU_MIRROR;
	else process.env.KOFURITSU_MIRROR = saved;
});

describe('resolveSource', () => {
	it('reads from the mirror folder when the file is there', async () => {
		const path = 'codeforjapan/mynumbercard_statistics/gh-pages/static/data/20220630/all_prefectures.csv';
		const resolved = await resolveSource({ kind: 'prefectural', path, url: 'http://127.0.0.1:9/unused', licence: 'mic' });
		expect(resolved).toBe(join(mirrorDir()!, path));
	});

	it('says which file is missing when neither mirror, cache nor network has it', async () => {
		process.env.KOFURITSU_MIRROR = mkdtempSync(join(tmpdir(), 'kofuritsu-empty-mirror-'));
		// Port 9 on loopback refuses at once: the same as being offline, without touching the internet.
		const file = { kind: 'prefectural' as const, path: 'invented/never-published.csv', url: 'http://127.0.0.1:9/invented/never-published.csv', licence: 'mic' as const };
		const attempt = resolveSource(file);
		await expect(attempt).rejects.toBeInstanceOf(MissingSourceError);
		await expect(resolveSource(file)).rejects.toThrow('入力ファイル invented/never-published.csv がミラーにもキャッシュにもなく');
	});
});
