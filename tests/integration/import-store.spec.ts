/**
 * The store under data/imported/ can never be left half-written, and whatever it holds the next
 * build reads: quoting is the same for write and read, one command is all or nothing across its
 * releases, a killed import leaves the store as before (or, once committed, as after), SIGTERM
 * stops an import cleanly, and no scratch folder outlives the next start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDataEngine, openMemoryEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { TABLES, TABLE_NAMES, readCsvSql } from '../../src/lib/sql/schema';
import { toCanonicalCsv } from '../../src/lib/domain/canonical-csv';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { runImport } from '../../tools/import';
import { commitReleases, recoverImportedStore } from '../../tools/data/imported-store';
import { importedReleases } from '../../tools/data/imported-releases';
import { byKindGrid, csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, type InventedRow } from '../support/invented-release';
import { snapshotFolder } from '../support/store-snapshot';

const TODAY = '2024-06-30';
const layout = { bom: true, quoted: true, crlf: false, separators: false };
/** A process id no process has (above Linux's pid_max), standing for an import that was killed. */
const DEAD_PID = 4_194_305;
let invented: InventedRow[];
let work: string;

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	invented = inventMunicipalRows(await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6'), 23);
	await data.close();
	work = mkdtempSync(join(tmpdir(), 'kofuritsu-store-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const snapshot = snapshotFolder;

function releaseFolder(release: string, rows = invented): string {
	const dir = mkdtempSync(join(work, `in-${release}-`));
	writeFileSync(join(dir, 'm.csv'), csvBytes(municipalGrid(rows, release), layout));
	writeFileSync(join(dir, 'p.csv'), csvBytes(prefecturalGrid(rows, release), layout));
	writeFileSync(join(dir, 'k.csv'), csvBytes(byKindGrid(rows, release), layout));
	return dir;
}

describe('write and read use the same quoting', () => {
	it('any text in any text column of any table survives the canonical CSV and readCsvSql', async () => {
		const engine = await openMemoryEngine();
		const path = join(work, 'roundtrip.csv');
		const sample: Record<string, unknown> = { DATE: '2023-02-01', VARCHAR: 'x', BIGINT: 1, INTEGER: 1, BOOLEAN: true, 'DECIMAL(4,1)': 12.5 };
		try {
			for (const table of TABLE_NAMES) {
				const columns = Object.entries(TABLES[table].columns);
				const textColumns = columns.filter(([, type]) => type === 'VARCHAR').map(([name]) => name);
				await fc.assert(
					fc.asyncProperty(fc.array(fc.string({ minLength: 1, unit: fc.constantFrom('"', ',', '\n', '\r\n', "'", ' ', 'a', '区', '=', '<', '\\') }), { minLength: textColumns.length, maxLength: textColumns.length }), async (texts) => {
						const row = Object.fromEntries(columns.map(([name, type]) => [name, sample[type]]));
						textColumns.forEach((c, i) => (row[c] = texts[i]));
						writeFileSync(path, toCanonicalCsv(columns.map(([name]) => name), [row]));
						const reader = await engine.connection.runAndReadAll(readCsvSql(table, path));
						const [back] = reader.getRowObjectsJS() as Record<string, unknown>[];
						expect(textColumns.map((c) => back[c])).toEqual(texts);
					}),
					{ numRuns: 25 }
				);
			}
		} finally {
			await engine.close();
		}
	});
});

describe('one command is all or nothing', () => {
	it('a valid release and an invalid one: neither is stored', async () => {
		const store = join(work, 'store-both');
		const good = releaseFolder('2023-02-01');
		const bad = releaseFolder('2023-03-01', invented.map((r, i) => (i === 3 ? { ...r, cards: r.population + 1 } : r)));
		const outcome = await runImport([good, bad], store, { today: TODAY });
		expect(outcome.code).toBe(2);
		expect(outcome.stderr).toMatch(/m\.csv 5行目 交付枚数: 人口\([\d,]+\)を超えています/);
		expect(snapshot(store)).toEqual({});
		const both = await runImport([good, releaseFolder('2023-03-01')], store, { today: TODAY });
		expect(both.stderr).toBe('');
		expect(readdirSync(store).sort()).toEqual(['20230201', '20230301']);
	});
});

describe('a killed import leaves the store as before, or (once committed) as after', () => {
	/** A store holding one release, and the three tables of another (a replace of the first's municipal table too). */
	function scenario(name: string) {
		const store = join(work, name);
		mkdirSync(join(store, '20230201'), { recursive: true });
		writeFileSync(join(store, '20230201', 'all_localgovs.csv'), 'old municipal');
		writeFileSync(join(store, '20230201', 'all_prefectures.csv'), 'old prefectural');
		return store;
	}
	const writes = [
		{ dir: '20230201', files: [{ name: 'all_localgovs.csv', text: 'new municipal' }] },
		{ dir: '20230301', files: [{ name: 'all_localgovs.csv', text: 'm' }, { name: 'all_prefectures.csv', text: 'p' }] }
	];
	const after = { '20230201/all_localgovs.csv': 'new municipal', '20230201/all_prefectures.csv': 'old prefectural', '20230301/all_localgovs.csv': 'm', '20230301/all_prefectures.csv': 'p' };
	const contents = (store: string) => Object.fromEntries(Object.keys(snapshot(store)).map((f) => [f, readFileSync(join(store, f), 'utf8')]));

	it('killed while staging (no journal): the next start clears the staging', () => {
		const store = scenario('killed-staging');
		const before = contents(store);
		mkdirSync(join(store, `.staging-${DEAD_PID}`, '20230301'), { recursive: true });
		writeFileSync(join(store, `.staging-${DEAD_PID}`, '20230301', 'all_localgovs.csv'), 'm');
		mkdirSync(join(store, `.work-${DEAD_PID}`));
		writeFileSync(join(store, `.commit-${DEAD_PID}.json.tmp`), '["2023');
		recoverImportedStore(store);
		expect(contents(store)).toEqual(before);
		expect(readdirSync(store)).toEqual(['20230201']);
	});

	it('killed between renames (journal written): the next start finishes them', () => {
		const store = scenario('killed-renaming');
		commitReleases(store, []);
		// Stage and journal as a killed process would have, then do the first half of its renames.
		const staging = join(store, `.staging-${DEAD_PID}`);
		for (const w of writes) {
			mkdirSync(join(staging, w.dir), { recursive: true });
			if (existsSync(join(store, w.dir))) cpSync(join(store, w.dir), join(staging, w.dir), { recursive: true });
			for (const f of w.files) writeFileSync(join(staging, w.dir, f.name), f.text);
		}
		writeFileSync(join(store, `.commit-${DEAD_PID}.json`), JSON.stringify(writes.map((w) => w.dir)));
		// The first release was moved aside and not yet replaced: the store lacks it for a moment.
		cpSync(join(store, '20230201'), join(store, `.old-${DEAD_PID}-20230201`), { recursive: true });
		rmSync(join(store, '20230201'), { recursive: true });
		recoverImportedStore(store);
		expect(contents(store)).toEqual(after);
		expect(readdirSync(store).sort()).toEqual(['20230201', '20230301']);
	});

	it('what the importer before this one left (a folder with only a .tmp file) is cleared, not built', () => {
		const store = scenario('legacy-tmp');
		mkdirSync(join(store, '20230301'));
		writeFileSync(join(store, '20230301', 'all_localgovs.csv.tmp'), 'half written');
		writeFileSync(join(store, '20230201', 'all_prefectures.csv.tmp'), 'half written');
		expect(importedReleases(store).map((r) => r.release)).toEqual(['2023-02-01']);
		expect(readdirSync(store)).toEqual(['20230201']);
		expect(readdirSync(join(store, '20230201')).sort()).toEqual(['all_localgovs.csv', 'all_prefectures.csv']);
	});

	it('an uninterrupted commit gives the same result', () => {
		const store = scenario('committed');
		commitReleases(store, writes);
		expect(contents(store)).toEqual(after);
		expect(readdirSync(store).sort()).toEqual(['20230201', '20230301']);
	});

	// node itself with tsx's loader (the tsx command would be a wrapper process, and SIGKILL would spare its child).
	function startImport(store: string, args: string[]) {
		const child = spawn(process.execPath, ['--import', 'tsx', resolve('tools/import.ts'), ...args], { env: { ...process.env, KOFURITSU_IMPORTED_DIR: store, TSX_DISABLE_CACHE: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
		return { child, exited };
	}
	async function untilWorking(store: string) {
		for (let i = 0; i < 600 && !(existsSync(store) && readdirSync(store).some((n) => n.startsWith('.work-'))); i++) await new Promise((r) => setTimeout(r, 25));
	}

	it('SIGKILL at any moment of `npm run import`: before or after, never between, and nothing left after the next start', async () => {
		const input = releaseFolder('2023-04-01');
		const reference = join(work, 'reference');
		expect((await runImport([input], reference, { today: '2099-01-01' })).code).toBe(0);
		const afterImport = snapshot(reference);
		const tmpBefore = readdirSync(tmpdir()).filter((n) => n.startsWith('kofuritsu-import-'));
		for (const delay of [0, 400, 1200]) {
			const store = join(work, `kill-${delay}`);
			mkdirSync(store);
			const { child, exited } = startImport(store, [input]);
			await untilWorking(store);
			await new Promise((r) => setTimeout(r, delay));
			child.kill('SIGKILL');
			await exited;
			recoverImportedStore(store); // what the next import or build does first
			expect([JSON.stringify({}), JSON.stringify(afterImport)]).toContain(JSON.stringify(snapshot(store)));
			expect(readdirSync(store).filter((n) => n.startsWith('.'))).toEqual([]);
		}
		expect(readdirSync(tmpdir()).filter((n) => n.startsWith('kofuritsu-import-'))).toEqual(tmpBefore);
	});

	it('SIGTERM stops the import with a Japanese message, exit 143, nothing changed, nothing left', async () => {
		const store = join(work, 'sigterm');
		mkdirSync(store);
		// Many files, so the signal lands while they are still being read.
		const inputs = Array.from({ length: 12 }, (_, i) => releaseFolder(`2023-05-${String(i + 1).padStart(2, '0')}`));
		const { child, exited } = startImport(store, inputs);
		await untilWorking(store);
		child.kill('SIGTERM');
		const { code, stderr } = await exited;
		expect(stderr).toContain('中断しました');
		expect(code).toBe(143);
		expect(readdirSync(store)).toEqual([]);
	});
});
