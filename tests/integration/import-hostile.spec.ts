/**
 * The hostile corpus, generated here (never real data): every file is either refused with its
 * file, row and column and leaves the store byte for byte as it was, or, where valid, imported
 * correctly; and the next `npm run data` reads whatever was accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { MUNICIPAL_COLUMNS } from '../../src/lib/domain/issuance-tables';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { runImport } from '../../tools/import';
import { importedReleases } from '../../tools/data/imported-releases';
import { byKindGrid, csvBytes, demographicsGrid, inventMunicipalRows, municipalGrid, prefecturalGrid, seededRandom, type InventedRow } from '../support/invented-release';
import { gridRows, writeLargeCsv, xlsxFromRows, type SheetCell } from '../support/hostile-files';
import { snapshotFolder } from '../support/store-snapshot';
import { buildDataQuietly } from '../support/quiet-build';

const TODAY = '2024-06-30';
const PRIOR = '2023-01-15';
const RELEASE = '2023-02-01';
const layout = { bom: true, quoted: true, crlf: false, separators: false };
let invented: InventedRow[];
let work: string;
let store: string;

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	invented = inventMunicipalRows(master, 11);
	work = mkdtempSync(join(tmpdir(), 'kofuritsu-hostile-'));
	store = join(work, 'imported');
	// A release imported earlier: every refusal below must leave it exactly as it is.
	const prior = join(work, 'prior');
	mkdirSync(prior);
	writeFileSync(join(prior, 'm.csv'), csvBytes(municipalGrid(invented, PRIOR), layout));
	writeFileSync(join(prior, 'p.csv'), csvBytes(prefecturalGrid(invented, PRIOR), layout));
	writeFileSync(join(prior, 'k.csv'), csvBytes(byKindGrid(invented, PRIOR), layout));
	const outcome = await runImport([prior], store, { today: TODAY });
	expect(outcome.stderr).toBe('');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const snapshot = snapshotFolder;

const utf8 = (text: string) => new TextEncoder().encode(text);
const grid = () => municipalGrid(invented, RELEASE);
const column = (name: string) => Object.values(MUNICIPAL_COLUMNS).indexOf(name as never);
/** The grid with one cell changed; grid row r is line r + 1 of the CSV. */
const withCell = (g: string[][], r: number, name: string, value: string) => g.map((row, i) => (i === r ? row.map((c, j) => (j === g[0].indexOf(name) ? value : c)) : row));
const csv = (g: string[][]) => csvBytes(g, layout);
const xlsx = (g: string[][], patch: (cells: SheetCell[][]) => SheetCell[][] = (c) => c, shared: string[] = []) => xlsxFromRows(patch(gridRows(g)), shared);
/** A whole new release of three tables, one of them replaced. */
const releaseWith = (files: Record<string, Uint8Array>) => ({ 'm.csv': csv(grid()), 'p.csv': csv(prefecturalGrid(invented, RELEASE)), 'k.csv': csv(byKindGrid(invented, RELEASE)), ...files });

type Case = [name: string, files: () => Record<string, Uint8Array> | Promise<Record<string, Uint8Array>>, message: RegExp];
const cases: Case[] = [
	['binary junk', () => { const r = seededRandom(5); const b = new Uint8Array(4096).map(() => Math.floor(r() * 256)); b[0] = 0x89; b[2000] = 0; return { 'junk.csv': b }; }, /junk\.csv \d+行目: NUL 文字/],
	['a NUL byte on line 500', () => { const t = new TextDecoder().decode(csv(grid())).split('\n'); t[499] = t[499].replace('"', '"\u0000'); return { 'nul.csv': utf8(t.join('\n')) }; }, /nul\.csv 500行目: NUL 文字/],
	['UTF-16 text', () => { const t = new TextDecoder().decode(csv(grid())); const b = new Uint8Array(2 + t.length * 2); b[0] = 0xff; b[1] = 0xfe; for (let i = 0; i < t.length; i++) { b[2 + 2 * i] = t.charCodeAt(i) & 0xff; b[3 + 2 * i] = t.charCodeAt(i) >> 8; } return { 'utf16.csv': b }; }, /utf16\.csv: UTF-16 の文字コードは読めません/],
	['Windows-1252 text', () => { const t = new TextDecoder().decode(csv(grid())).split('\n'); const head = utf8(t.slice(0, 3).join('\n') + '\n"2023/02/01","Caf'); return { 'cp1252.csv': new Uint8Array([...head, 0xe9, ...utf8('",1,1\n')]) }; }, /cp1252\.csv 4行目: 文字コードが UTF-8 でも Shift_JIS でもありません/],
	['a huge line', () => ({ 'long.csv': csv(withCell(grid(), 2, '市区町村名', 'あ'.repeat(200_000))) }), /long\.csv 3行目: 1行が長すぎます（200,0\d\d 文字/],
	['a million rows (CSV)', async () => {
		const path = join(work, 'million.csv');
		await writeLargeCsv(path, grid()[0].join(','), (i) => `2023/2/1,北海道,x,1,${i % 3},,2023/1/1,2023/2/1,1`, 1_000_000);
		const bytes = readFileSync(path);
		rmSync(path);
		return { 'million.csv': bytes };
	}, /million\.csv 10052行目: 行が多すぎます（上限 10,000 行/],
	['a million rows (XLSX)', () => ({ 'million.xlsx': xlsxFromRows((function* () { yield gridRows([grid()[0]])[0]; for (let i = 0; i < 1_000_000; i++) yield [{ n: i }] as SheetCell[]; })()) }), /million\.xlsx: 展開すると [\d.]+ MiB になり、大きすぎます（上限 20 MiB/],
	['100,000 empty rows (XLSX)', () => ({ 'rows.xlsx': xlsxFromRows((function* () { yield gridRows([grid()[0]])[0]; for (let i = 0; i < 100_000; i++) yield []; })()) }), /rows\.xlsx 10051行目: 行が多すぎます/],
	['a huge shared string', () => ({ 'shared.xlsx': xlsx(grid(), (c) => c.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 2 ? { shared: 0 } : cell)) : row)), ['あ'.repeat(8 * 1024 * 1024)]) }), /shared\.xlsx: 展開すると [\d.]+ MiB になり、大きすぎます/],
	['a ZIP whose directory understates the unzipped size', () => {
		const bytes = xlsx(withCell(grid(), 2, '市区町村名', 'a'.repeat(25 * 1024 * 1024)));
		const view = new DataView(bytes.buffer);
		for (let i = 0; i + 46 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1, true);
		return { 'lying.xlsx': bytes };
	}, /lying\.xlsx: 展開すると上限の 20 MiB を超え、大きすぎます/],
	['a long shared string in a name', () => ({ 'name.xlsx': xlsx(grid(), (c) => c.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 2 ? { shared: 0 } : cell)) : row)), ['<b>'.repeat(30_000)]) }), /name\.xlsx 3行目 市区町村名: 団体コード \d+ の名称「(<b>){13}<…（90,000文字）」/],
	['a formula in a name (XLSX)', () => ({ 'formula.xlsx': xlsx(grid(), (c) => c.map((row, i) => (i === 3 ? row.map((cell, j) => (j === 2 ? { formula: 'HYPERLINK("http://example.invalid","x")', cached: '<script>alert(1)</script>' } : cell)) : row))) }), /formula\.xlsx 4行目 市区町村名: .*「<script>alert\(1\)<\/script>」/],
	['HTML in a name (inline string)', () => ({ 'html.xlsx': xlsx(withCell(grid(), 5, '市区町村名', '<img src=x onerror=alert(1)>')) }), /html\.xlsx 6行目 市区町村名: .*<img src=x onerror=alert\(1\)>/],
	['Infinity as a population', () => ({ 'inf.csv': csv(withCell(grid(), 4, '総数（人口）', 'Infinity')) }), /inf\.csv 5行目 総数（人口）: 「Infinity」は数値として読めません/],
	['NaN as a rate', () => ({ 'nan.csv': csv(withCell(grid(), 4, '人口に対する交付枚数率', 'NaN')) }), /nan\.csv 5行目 人口に対する交付枚数率: 「NaN」は率として読めません/],
	['a rate over 100', () => ({ 'rate.csv': csv(withCell(grid(), 4, '人口に対する交付枚数率', '1234.5')) }), /rate\.csv 5行目 人口に対する交付枚数率: 「1234\.5」は率として読めません（0〜100 の数値が必要です）/],
	['a negative count', () => ({ 'neg.csv': csv(withCell(grid(), 6, '交付枚数', '-1')) }), /neg\.csv 7行目 交付枚数: 「-1」は負の数です/],
	['an exponent', () => ({ 'exp.csv': csv(withCell(grid(), 6, '交付枚数', '1e308')) }), /exp\.csv 7行目 交付枚数: 「1e\+?308」は数値として読めません/],
	['a future release', () => ({ 'future.csv': csv(municipalGrid(invented, '2099-12-31')) }), /future\.csv 2行目 算出基準日: 算出基準日 2099-12-31 は今日（2024-06-30）より後の日付です/],
	['a wrong check digit', () => ({ 'digit.csv': csv(withCell(grid(), 1, '団体コード', invented[0].code6.slice(0, 5) + ((Number(invented[0].code6[5]) + 1) % 10))) }), /digit\.csv 2行目 団体コード: 団体コード \d{6} の検査数字が誤っています（正しくは \d）/],
	['a duplicated column', () => ({ 'dup.csv': csv(grid().map((row) => [...row, row[column('交付枚数')]])) }), /dup\.csv 1行目 交付枚数: 同じ名前の列が2つあります（5列目と10列目）/],
	['a quote in 都道府県名', () => ({ 'q1.csv': csv(withCell(grid(), 2, '都道府県名', '北"海道')) }), /q1\.csv 3行目 都道府県名: 「北"海道」は都道府県名として読めません/],
	['a quote in 市区町村名', () => ({ 'q2.csv': csv(withCell(grid(), 2, '市区町村名', '札"幌市')) }), /q2\.csv 3行目 市区町村名: .*「札"幌市」/],
	['a quote in 区分', () => releaseWith({ 'k.csv': csv([...byKindGrid(invented, RELEASE), [...byKindGrid(invented, RELEASE)[1].map((c, j) => (j === 1 ? '指定都市 "20市"' : c))]]) }), /k\.csv 3行目 区分: 「指定都市 "20市"」は団体区分として読めません/],
	['a formula in 区分', () => releaseWith({ 'k.csv': csv([...byKindGrid(invented, RELEASE), [...byKindGrid(invented, RELEASE)[1].map((c, j) => (j === 1 ? '=HYPERLINK("http://example.invalid")' : c))]]) }), /k\.csv 3行目 区分: 「=HYPERLINK/],
	['no 全国 row', () => releaseWith({ 'k.csv': csv(byKindGrid(invented, RELEASE).map((row, i) => (i === 1 ? row.map((c, j) => (j === 1 ? '町村' : c)) : row))) }), /k\.csv: 「全国」の行がありません/],
	['a quote in 年齢', () => releaseWith({ 'd.csv': csv(demographicsGrid(RELEASE, ['全体', '0～4歳 "乳幼児"'])) }), /d\.csv 3行目 年齢: 「0～4歳 "乳幼児"」は年齢階級として読めません/],
	['a fake XLSX', () => ({ 'fake.xlsx': utf8('PK\u0003\u0004 not a workbook') }), /fake\.xlsx: XLSX として読めません/],
	['50 MiB and one byte', () => ({ 'big.csv': new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41) }), /big\.csv: 50\.0 MiB は大きすぎます（上限 50 MiB）/]
];

describe('hostile files are refused with file, row and column, and the store stays as it was', () => {
	it.each(cases)('%s', async (name, files, message) => {
		const before = snapshot(store);
		const dir = mkdtempSync(join(work, 'case-'));
		for (const [file, bytes] of Object.entries(await files())) writeFileSync(join(dir, file), bytes);
		const outcome = await runImport([dir], store, { today: TODAY });
		rmSync(dir, { recursive: true, force: true });
		expect(outcome.code, name).toBe(2);
		expect(outcome.stderr).toMatch(message);
		expect(outcome.stderr).toContain('何も変更していません');
		// Japanese only: no engine text, no stack.
		expect(outcome.stderr).not.toMatch(/Error|Exception|at .*\.ts:\d+/);
		expect(snapshot(store)).toEqual(before);
		expect(readdirSync(store).filter((n) => n.startsWith('.'))).toEqual([]);
	});

	it('what is not a regular file is refused before anything is read (/dev/zero never ends)', async () => {
		const before = snapshot(store);
		const outcome = await runImport(['/dev/zero', join(work, 'no-such-file.csv')], store, { today: TODAY });
		expect(outcome.code).toBe(2);
		expect(outcome.stderr).toContain('zero: 通常のファイルではありません');
		expect(outcome.stderr).toMatch(/no-such-file\.csv: ファイルがありません/);
		expect(snapshot(store)).toEqual(before);
	});

	it('many row errors: the first 100 listed, the rest counted, no crash', async () => {
		const bad = grid().map((row, i) => (i === 0 ? row : row.map((c, j) => (j === column('人口に対する交付枚数率') ? 'x' : c))));
		const file = join(work, 'many.csv');
		writeFileSync(file, csv(bad));
		const outcome = await runImport([file], store, { today: TODAY });
		expect(outcome.code).toBe(2);
		const lines = outcome.stderr.trim().split('\n');
		expect(lines.filter((l) => /^many\.csv \d+行目 人口に対する交付枚数率: 「x」は率として読めません/.test(l))).toHaveLength(100);
		// The rows beyond the first 100, plus the release's missing-tables line.
		expect(outcome.stderr).toContain(`…ほかにも ${(invented.length - 100 + 1).toLocaleString('en-US')} 件の誤りがあります`);
	});

	it('technical detail only with --verbose', async () => {
		const file = join(work, 'open.csv');
		const bytes = csv(grid());
		writeFileSync(file, bytes.subarray(0, bytes.indexOf(0x22, 20_000) + 3)); // ends inside a quoted field
		const quiet = await runImport([file], store, { today: TODAY });
		expect(quiet.stderr).toContain('--verbose');
		expect(quiet.stderr).not.toMatch(/[A-Za-z]{12,}/);
		const verbose = await runImport([file, '--verbose'], store, { today: TODAY });
		expect(verbose.stderr).toMatch(/CSV/);
		expect(verbose.stderr.length).toBeGreaterThan(quiet.stderr.length);
	});
});

describe('valid files in unusual shapes are imported correctly, and the next build reads them', () => {
	it('reordered columns, inline strings, quotes in text that allows them; npm run data stays green', async () => {
		const dir = mkdtempSync(join(work, 'valid-'));
		// Columns in reverse order, every cell quoted.
		const reversed = grid().map((row) => [...row].reverse());
		writeFileSync(join(dir, 'm.csv'), csv(reversed));
		writeFileSync(join(dir, 'p.xlsx'), xlsx(prefecturalGrid(invented, RELEASE)));
		writeFileSync(join(dir, 'k.csv'), csvBytes(byKindGrid(invented, RELEASE), { bom: false, quoted: false, crlf: true, separators: true }, 'shift_jis'));
		writeFileSync(join(dir, 'd.csv'), csv(demographicsGrid(RELEASE)));
		const outcome = await runImport([dir], store, { today: TODAY });
		expect(outcome.stderr).toBe('');
		expect(outcome.code).toBe(0);
		expect(readdirSync(join(store, '20230201')).sort()).toEqual(['all_localgovs.csv', 'all_prefectures.csv', 'demographics.csv', 'summary_by_types.csv']);
		const out = join(work, 'build');
		await buildDataQuietly(out, importedReleases(store));
		const engine = await openDataEngine(out);
		try {
			const [row] = await engine.query<{ cards: number }>("SELECT cards::INTEGER AS cards FROM municipal_issuance WHERE release_date = DATE '2023-02-01' AND code6 = $1", [invented[0].code6]);
			expect(row.cards).toBe(invented[0].cards);
			const bands = await engine.query<{ n: number }>("SELECT count(DISTINCT age_band)::INTEGER AS n FROM demographics WHERE release_date = DATE '2023-02-01'");
			expect(bands[0].n).toBe(6);
		} finally {
			await engine.close();
		}
		expect(existsSync(join(out, 'releases.csv'))).toBe(true);
	});
});
