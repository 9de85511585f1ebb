/**
 * Acceptance implies buildability: every file of the invented corpus (tests/support/import-corpus.ts)
 * is either refused with its message naming file, row and column — the store left byte for byte
 * as it was, and nothing raw printed to the terminal — or accepted, and then the data build and a
 * real `vite build` (the prerender of every page, /m/ included) succeed with no NaN in any page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR, ROOT } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { runImport } from '../../tools/import';
import { importedReleases } from '../../tools/data/imported-releases';
import { inventMunicipalRows, type InventedRow } from '../support/invented-release';
import { corpus, CORPUS_TODAY, type CorpusCase } from '../support/import-corpus';
import { snapshotFolder } from '../support/store-snapshot';
import { buildDataQuietly } from '../support/quiet-build';

let invented: InventedRow[];
let cases: CorpusCase[];
let work: string;
let store: string;
/** Control characters a terminal would act on (tab and line feed are the output's own). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	invented = inventMunicipalRows(master, 26);
	cases = corpus(invented);
	work = mkdtempSync(join(tmpdir(), 'kofuritsu-corpus-'));
	store = join(work, 'imported');
	mkdirSync(store);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function importCase(c: CorpusCase) {
	const dir = mkdtempSync(join(work, 'case-'));
	for (const [file, bytes] of Object.entries(c.files)) writeFileSync(join(dir, file), bytes);
	try {
		return await runImport([dir], store, { today: CORPUS_TODAY });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('the import corpus', () => {
	it('each refused file names file, row and column, changes nothing and prints nothing raw', async () => {
		const refusedCases = cases.filter((c): c is Extract<CorpusCase, { refused: RegExp }> => 'refused' in c);
		expect(refusedCases.length).toBeGreaterThanOrEqual(18);
		for (const c of refusedCases) {
			const before = snapshotFolder(store);
			const outcome = await importCase(c);
			expect(outcome.code, c.name).toBe(2);
			expect(outcome.stderr, c.name).toMatch(c.refused);
			expect(outcome.stderr, c.name).toContain('何も変更していません');
			expect(outcome.stderr, c.name).not.toMatch(RAW_CONTROL);
			expect(outcome.stderr, c.name).not.toMatch(/NaN|数値として読めません.*9007199254740993/);
			expect(snapshotFolder(store), c.name).toEqual(before);
		}
	}, 300_000);

	it('each accepted file builds: data build, figures without NaN or a rank for nothing, then a real vite build of every page', async () => {
		const acceptedCases = cases.filter((c): c is Extract<CorpusCase, { accepted: string }> => 'accepted' in c);
		for (const c of acceptedCases) {
			const outcome = await importCase(c);
			expect(outcome.stderr, c.name).toBe('');
			expect(outcome.code, c.name).toBe(0);
		}
		const site = join(work, 'site');
		const data = { site: join(site, 'static', 'data'), node: join(site, 'data', 'generated') };
		await buildDataQuietly(data, importedReleases(store));
		const engine = await openDataEngine(data.node);
		try {
			for (const c of acceptedCases) {
				const [row] = await engine.query<{ n: number; bad: number }>(
					"SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE population <= 0 OR NOT isfinite(100.0 * cards / population))::INTEGER AS bad FROM municipal_issuance i JOIN municipalities m USING (code6) WHERE release_date = $1::DATE AND m.prefecture = '北海道'",
					[c.accepted]
				);
				expect(row.n, c.name).toBe(invented.filter((r) => r.prefecture === '北海道').length);
				expect(row.bad, c.name).toBe(0);
			}
		} finally {
			await engine.close();
		}
		// The whole site built from that data, in a copy of the repository (the prerender reads ./data/generated and ./static/data).
		for (const name of readdirSync(ROOT)) {
			if (['node_modules', '.git', 'build', '.svelte-kit', 'static', 'data'].includes(name)) continue;
			cpSync(join(ROOT, name), join(site, name), { recursive: true });
		}
		for (const name of readdirSync(join(ROOT, 'static'))) if (name !== 'data') cpSync(join(ROOT, 'static', name), join(site, 'static', name), { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
		execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], { cwd: site, stdio: 'pipe', timeout: 900_000 });
		const built = join(site, 'build');
		expect(existsSync(join(built, 'm', '011002', 'index.html'))).toBe(true);
		const pages: string[] = [];
		const walk = (d: string) => {
			for (const name of readdirSync(d, { withFileTypes: true })) {
				if (name.isDirectory()) walk(join(d, name.name));
				else if (name.name.endsWith('.html')) pages.push(join(d, name.name));
			}
		};
		walk(built);
		expect(pages.length).toBeGreaterThan(180);
		// What a reader sees, not hashes: the CSP meta carries base64 sha256 hashes (…NaN… by chance), links and sources chunk names.
		const shown = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<meta[^>]*>/g, '').replace(/\b(href|src)="[^"]*"/g, '');
		const withNaN = pages.filter((p) => /NaN|undefined%/.test(shown(readFileSync(p, 'utf8'))));
		expect(withNaN.map((p) => p.slice(built.length))).toEqual([]);
	}, 1_200_000);
});
