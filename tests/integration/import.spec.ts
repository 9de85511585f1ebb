import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MunicipalityMaster, MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { parseImportFile, type CsvReader } from '../../src/lib/import/parse-file';
import { releaseTables } from '../../src/lib/import/release-tables';
import { runImport } from '../../tools/import';
import { byKindGrid, csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, xlsxBytes, type InventedRow, type Layout } from '../support/invented-release';
import { openImportBench, type ImportBench } from '../support/import-bench';

const RELEASE = '2023-02-01';
let bench: ImportBench;
let masterEntries: MunicipalityMasterEntry[];
let master: MunicipalityMaster;
let invented: InventedRow[];
let work: string;
let readCsv: CsvReader;

beforeAll(async () => {
	bench = await openImportBench('kofuritsu-import-test-');
	({ entries: masterEntries, master, work, readCsv } = bench);
	invented = inventMunicipalRows(masterEntries);
});
afterAll(() => bench?.close());

/** What the import makes of a file: the municipal rows, as figures. */
/** `site`: the deployment's prefecture the release must hold (release-rules.ts). */
async function importedFigures(name: string, bytes: Uint8Array, site = '北海道') {
	const parsed = await parseImportFile(name, bytes, readCsv);
	const result = releaseTables(RELEASE, [{ label: name, kind: parsed.kind, header: parsed.header, rows: parsed.rows }], master, site);
	return { parsed, result, figures: (result.rows.municipal_issuance ?? []).map((r) => [r.code6, r.population, r.cards]) };
}
const expectedFigures = () => invented.map((r) => [r.code6, r.population, r.cards]);

describe('every published layout imports to identical figures', () => {
	const layouts: [string, Layout, 'utf-8' | 'shift_jis'][] = [
		['UTF-8 with BOM, quoted, CRLF', { bom: true, quoted: true, crlf: true, separators: false }, 'utf-8'],
		['UTF-8 without BOM, unquoted, LF', { bom: false, quoted: false, crlf: false, separators: false }, 'utf-8'],
		['UTF-8, thousands separators', { bom: true, quoted: true, crlf: false, separators: true }, 'utf-8'],
		['Shift_JIS, quoted, CRLF', { bom: false, quoted: true, crlf: true, separators: false }, 'shift_jis'],
		['Shift_JIS, unquoted, separators', { bom: false, quoted: false, crlf: true, separators: true }, 'shift_jis']
	];
	it.each(layouts)('CSV: %s', async (_, layout, encoding) => {
		const { result, figures, parsed } = await importedFigures('invented.csv', csvBytes(municipalGrid(invented, RELEASE), layout, encoding));
		expect(result.errors).toEqual([]);
		expect(parsed.format).toBe(encoding === 'utf-8' ? 'CSV (UTF-8)' : 'CSV (Shift_JIS)');
		expect(figures).toEqual(expectedFigures());
	});
	it.each([false, true])('XLSX with title rows and a totals row, numbers stored as text: %s', async (numbersAsText) => {
		const { result, figures, parsed } = await importedFigures('invented.xlsx', await xlsxBytes(municipalGrid(invented, RELEASE), numbersAsText));
		expect(result.errors).toEqual([]);
		expect(parsed.format).toBe('XLSX');
		expect(figures).toEqual(expectedFigures());
	});
	it('recognises the table from its header, not its name', async () => {
		const { parsed } = await importedFigures('all_localgovs.csv', csvBytes(prefecturalGrid(invented, RELEASE), { bom: true, quoted: true, crlf: false, separators: false }));
		expect(parsed.kind).toBe('prefectural');
	});
});

describe('property: any valid table survives encode → import intact', () => {
	it('for random figures in random layouts', async () => {
		const tottori = masterEntries.filter((m) => m.prefecture === '鳥取県');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 3_000_000 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: tottori.length, maxLength: tottori.length }),
				fc.record({ bom: fc.boolean(), quoted: fc.boolean(), crlf: fc.boolean(), separators: fc.boolean() }),
				fc.constantFrom<'utf-8' | 'shift_jis'>('utf-8', 'shift_jis'),
				async (figures, layout, encoding) => {
					const rows = tottori.map((m, i) => ({ ...m, population: figures[i][0], cards: Math.floor(figures[i][0] * figures[i][1]) }));
					const { result, figures: imported } = await importedFigures('p.csv', csvBytes(municipalGrid(rows, RELEASE), layout, encoding), '鳥取県');
					expect(result.errors).toEqual([]);
					expect(imported).toEqual(rows.map((r) => [r.code6, r.population, r.cards]));
				}
			),
			{ numRuns: 30 }
		);
	});
});

describe('npm run import', () => {
	it('stores a new release, is idempotent, and replaces only with --replace', async () => {
		const dir = mkdtempSync(join(work, 'release-'));
		const imported = mkdtempSync(join(work, 'imported-'));
		writeFileSync(join(dir, 'muni.csv'), csvBytes(municipalGrid(invented, RELEASE), { bom: true, quoted: true, crlf: false, separators: false }));
		writeFileSync(join(dir, 'pref.xlsx'), await xlsxBytes(prefecturalGrid(invented, RELEASE), false));
		writeFileSync(join(dir, 'types.csv'), csvBytes(byKindGrid(invented, RELEASE), { bom: false, quoted: false, crlf: true, separators: true }, 'shift_jis'));
		const first = await runImport([dir], imported);
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(readdirSync(join(imported, '20230201')).sort()).toEqual(['all_localgovs.csv', 'all_prefectures.csv', 'summary_by_types.csv']);
		const again = await runImport([dir], imported);
		expect(again.code).toBe(0);
		expect(again.stdout).toContain('同じ内容です（変更なし）');
		// A corrected municipal file for the same date: refused without --replace, stored with it.
		// One card moved between two municipalities of a prefecture: its total (in the stored prefecture table) still adds up.
		const corrected = invented.map((r, i) => (i === 0 ? { ...r, cards: r.cards + 1 } : i === 1 ? { ...r, cards: r.cards - 1 } : r));
		const fix = join(work, 'corrected.csv');
		writeFileSync(fix, csvBytes(municipalGrid(corrected, RELEASE), { bom: true, quoted: true, crlf: false, separators: false }));
		const refused = await runImport([fix], imported);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('--replace');
		const replaced = await runImport([fix, '--replace'], imported);
		expect(replaced.code).toBe(0);
		expect(replaced.stdout).toContain('置き換えました');
	});
});

describe('hostile inputs are refused with the right message, and nothing changes', () => {
	const grid = () => municipalGrid(invented, RELEASE);
	const utf8 = (text: string) => new TextEncoder().encode(text);
	const csv = (g: string[][]) => csvBytes(g, { bom: true, quoted: true, crlf: false, separators: false });
	const withRow = (i: number, column: number, value: string) => grid().map((row, r) => (r === i ? row.map((c, j) => (j === column ? value : c)) : row));
	const header = () => grid()[0].map((c) => `"${c}"`).join(',');
	const cases: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
		['empty', () => new Uint8Array(), /空のファイルです/],
		['truncated mid-character', () => { const b = csv(grid()); return b.subarray(0, b.findIndex((x, i) => i > 20_000 && x >= 0xe3) + 1); }, /途中で切れています/],
		['truncated mid-field', () => { const b = csv(grid()); return b.subarray(0, b.indexOf(0x22, 20_000) + 3); }, /CSV として読めません（引用符が閉じていない/],
		['truncated at a line', () => { const b = csv(grid()); return b.subarray(0, b.lastIndexOf(0x0a, 20_000) + 1); }, /団体の行がありません/],
		['binary', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /文字のファイルではありません/],
		['header only', () => utf8(`${header()}\n`), /行がありません/],
		['wrong columns', () => utf8('"名前","値"\n"札幌市","1"\n'), /見出しから表の種類が分かりません/],
		['negative count', () => csv(withRow(2, 4, '-5')), /3行目 交付枚数: 「-5」は負の数です/],
		['impossible count', () => csv(withRow(2, 4, '99999999')), /3行目 交付枚数: 人口\([\d,]+\)を超えています/],
		['duplicate code', () => csv([...grid(), grid()[1]]), /団体コード 011002 が重複しています（2行目と同じ）/],
		['unknown code', () => csv(withRow(2, 8, '11011')), /3行目 団体コード: 団体コード 011011 は市区町村マスタにありません/],
		['unparseable date', () => csv(withRow(2, 0, '令和5年2月1日')), /3行目 算出基準日: 「令和5年2月1日」は日付として読めません/],
		['fake XLSX', () => utf8('PK\u0003\u0004 this is not a workbook'), /XLSX として読めません/],
		['HTML in a name', () => csv(withRow(2, 2, '<img src=x onerror=alert(1)>')), /3行目 市区町村名: .*<img src=x onerror=alert\(1\)>.*一致しません/],
		['spreadsheet formula in a name', () => csv(withRow(2, 2, '=HYPERLINK("http://example.invalid","札幌市")')), /3行目 市区町村名: .*=HYPERLINK/],
		['very large file', () => new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41), /大きすぎます/]
	];
	it.each(cases)('%s', async (name, bytes, message) => {
		const imported = mkdtempSync(join(work, 'hostile-'));
		const file = join(work, `${name.replaceAll(' ', '-')}.${name === 'fake XLSX' ? 'xlsx' : 'csv'}`);
		writeFileSync(file, await bytes());
		const outcome = await runImport([file], imported);
		expect(outcome.code).toBe(2);
		expect(outcome.stderr).toMatch(message);
		expect(outcome.stderr).toContain('何も変更していません');
		expect(readdirSync(imported)).toEqual([]);
		expect(existsSync(join(imported, '20230201'))).toBe(false);
	});
});

describe('保有枚数 (cards held) is its own measure', () => {
	it('goes to the holdings table, never into issued cards', async () => {
		const grid = municipalGrid(invented, RELEASE).map((row, i) => (i === 0 ? row.map((c) => (c === '交付枚数' ? '保有枚数' : c === '人口に対する交付枚数率' ? '人口に対する保有枚数率' : c)) : row));
		const parsed = await parseImportFile('held.csv', csvBytes(grid, { bom: true, quoted: true, crlf: false, separators: false }), readCsv);
		expect(parsed.kind).toBe('municipalHeld');
		const result = releaseTables(RELEASE, [{ label: 'held.csv', kind: parsed.kind, header: parsed.header, rows: parsed.rows }], master);
		expect(result.errors).toEqual([]);
		expect(result.rows.municipal_issuance).toBeUndefined();
		expect(result.rows.municipal_holdings).toHaveLength(invented.length);
		expect(result.rows.municipal_holdings![0]).toMatchObject({ code6: invented[0].code6, held_cards: invented[0].cards });
		expect(result.notes.at(-1)).toContain('保有枚数の表として取り込みます');
	});
});
