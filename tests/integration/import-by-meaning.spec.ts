/**
 * Import by meaning: invented files in the current 「公表用」 layout (tables one above the
 * other, 和暦 header dates, no codes, names with and without 郡, the six names Hokkaido shares
 * with other prefectures, totals rows) and an older coded layout, through the same parser and
 * validators as `npm run import` and the データ page, and end to end through the CLI.
 */
import { RELEASE_MEASURES, type ReleaseMeasureRow } from '../../src/lib/sql/queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { openDataEngine } from '../../src/lib/server/node-engine';
import type { MunicipalityMaster, MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { parseImportTables, type CsvReader, type ParsedFile } from '../../src/lib/import/parse-file';
import { resolveAllNames, MunicipalityNameIndex, nameKey } from '../../src/lib/import/match-municipality';
import { releaseTables } from '../../src/lib/import/release-tables';
import { ImportFileError } from '../../src/lib/import/decode-text';
import { runImport } from '../../tools/import';
import { importedReleases } from '../../tools/data/imported-releases';
import { inventHoldings, koukaiyouCsv, koukaiyouGrid, koukaiyouXlsx, type InventedHolding } from '../support/invented-holdings';
import { openImportBench, type ImportBench } from '../support/import-bench';
import { buildDataQuietly } from '../support/quiet-build';

let bench: ImportBench;
let entries: MunicipalityMasterEntry[];
let master: MunicipalityMaster;
let invented: InventedHolding[];
let work: string;
let readCsv: CsvReader;

beforeAll(async () => {
	bench = await openImportBench('kofuritsu-meaning-test-');
	({ entries, master, work, readCsv } = bench);
	invented = inventHoldings(entries);
});
afterAll(() => bench?.close());

/** A file through the shared steps: parse, match names, validate. */
/** `site`: the deployment's prefecture the release must hold (release-rules.ts). */
async function importOf(name: string, bytes: Uint8Array, site = '北海道') {
	const parsed = await parseImportTables(name, bytes, readCsv);
	const named = resolveAllNames(parsed, master);
	const release = parsed[0].releaseDate!;
	const result = releaseTables(release, named.files.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows, columnLabels: f.columnLabels })), master, site);
	return { parsed, named, result, errors: [...named.errors, ...result.errors] };
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
	try {
		const { errors } = await importOf(name, bytes);
		return errors.join('\n');
	} catch (error) {
		if (error instanceof ImportFileError) return error.message;
		throw error;
	}
}

const byCode = (rows: Record<string, unknown>[] | undefined) => new Map((rows ?? []).map((r) => [r.code6 as string, r]));
const codeOf = (prefecture: string, name: string) => entries.find((e) => e.prefecture === prefecture && e.name === name)!.code6;

describe('the 「公表用」 sheet', () => {
	it.each([
		['XLSX, second sheet', async () => koukaiyouXlsx(koukaiyouGrid(invented))],
		['CSV', async () => koukaiyouCsv(koukaiyouGrid(invented))]
	])('%s: both tables found, every municipality matched by name, figures as invented', async (_, make) => {
		const { parsed, named, result, errors } = await importOf(_.startsWith('CSV') ? 'koukai.csv' : 'koukai.xlsx', await make());
		expect(errors).toEqual([]);
		expect(parsed.map((p) => [p.kind, p.releaseDate, p.rows.length])).toEqual([
			['prefecturalHeld', '2025-08-31', 47],
			['municipalHeld', '2025-08-31', entries.length]
		]);
		expect(named.notes.join('\n')).toContain(`${entries.length.toLocaleString('en-US')} 行を都道府県名と市区町村名で市区町村マスタと照合しました`);
		expect(named.notes.join('\n')).toContain('札幌市の区の行（2行）は札幌市の行と照合し、取り込みませんでした');
		const held = byCode(result.rows.municipal_holdings);
		expect(held.size).toBe(entries.length);
		for (const r of invented) {
			const row = held.get(r.code6)!;
			expect([row.population, row.held_cards, row.release_date, row.population_base_date, row.cards_base_date]).toEqual([r.population, r.held, '2025-08-31', '2025-01-01', '2025-08-31']);
		}
		// The published rate came as a fraction (Excel's per cent) and is stored in per cent.
		const sapporo = invented.find((r) => r.name === '札幌市')!;
		expect(Number(held.get(sapporo.code6)!.published_rate)).toBeCloseTo((100 * sapporo.held) / sapporo.population, 4);
		expect(result.rows.prefectural_holdings).toHaveLength(47);
		expect(result.rows.municipal_issuance).toBeUndefined();
	});

	it('the six names Hokkaido shares are decided by the prefecture, with or without 郡', async () => {
		const { result } = await importOf('koukai.xlsx', await koukaiyouXlsx(koukaiyouGrid(invented)));
		const held = byCode(result.rows.municipal_holdings);
		for (const name of ['伊達市', '日高町', '松前町', '森町', '池田町', '清水町']) {
			const all = invented.filter((r) => r.name === name);
			expect(all.length).toBeGreaterThan(1);
			for (const r of all) expect(held.get(r.code6)!.held_cards).toBe(r.held);
		}
		// Written 「高岡郡檮原町」, 「金ヶ崎町」, 「七ケ浜町」, 「北斗　市」: the master's 梼原町, 金ケ崎町, 七ヶ浜町, 北斗市.
		for (const [prefecture, name] of [['高知県', '梼原町'], ['岩手県', '金ケ崎町'], ['宮城県', '七ヶ浜町'], ['北海道', '北斗市']]) {
			expect(held.get(codeOf(prefecture, name))!.held_cards).toBe(invented.find((r) => r.prefecture === prefecture && r.name === name)!.held);
		}
	});

	it('a name matching no municipality is refused with its row and column', async () => {
		const grid = koukaiyouGrid(invented, { rename: { prefecture: '北海道', name: '森町', to: '茅部郡森野町' } });
		const line = grid.findIndex((row) => row[1] === '茅部郡森野町') + 1;
		const message = await refusal('koukai.xlsx', await koukaiyouXlsx(grid));
		expect(message).toContain(`koukai.xlsx「公表用」 ${line}行目 市区町村名（B列）: 北海道の「茅部郡森野町」は市区町村マスタにありません`);
	});

	it('a prefecture written wrongly is refused at its column', async () => {
		const grid = koukaiyouGrid(invented);
		const line = grid.findIndex((row) => row[0] === '沖縄県' && row.length === 5);
		grid[line][0] = '沖縄件';
		const message = await refusal('koukai.csv', koukaiyouCsv(grid));
		expect(message).toContain(`koukai.csv ${line + 1}行目 都道府県名（A列）: 「沖縄件」は都道府県名として読めません`);
	});

	it('a figure that is no number is refused naming the column as the sheet does', async () => {
		const grid = koukaiyouGrid(invented);
		const line = grid.findIndex((row) => row[1] === '沙流郡日高町');
		grid[line][3] = '約1万';
		const message = await refusal('koukai.csv', koukaiyouCsv(grid));
		expect(message).toBe(`koukai.csv ${line + 1}行目 保有枚数（R7.8末時点）（D列）: 「約1万」は数値として読めません（0以上の整数が必要です）`);
	});

	it('a subtotal that does not add up is refused with its row and column', async () => {
		const grid = koukaiyouGrid(invented, { subtotalOffset: 1 });
		const line = grid.findIndex((row) => row[0] === '北海道' && row[1] === '計') + 1;
		const hokkaido = invented.filter((r) => r.prefecture === '北海道').reduce((s, r) => s + r.held, 0);
		const message = await refusal('koukai.xlsx', await koukaiyouXlsx(grid));
		expect(message).toBe(`koukai.xlsx「公表用」 ${line}行目 保有枚数（R7.8末時点）（D列）: 北海道計の値 ${(hokkaido + 1).toLocaleString('en-US')} が内訳の合計 ${hokkaido.toLocaleString('en-US')} と一致しません`);
	});

	it('a prefecture row that disagrees with its municipalities is refused', async () => {
		const grid = koukaiyouGrid(invented);
		const line = grid.findIndex((row) => row[0] === '鳥取県' && row.length === 4);
		grid[line][2] = Number(grid[line][2]) - 5;
		const message = await refusal('koukai.csv', koukaiyouCsv(grid));
		expect(message).toContain(`koukai.csv ${line + 1}行目 保有枚数（R7.8末時点）（C列）: 鳥取県の値`);
		// …and so does the prefecture table's 合計 row, which no longer adds up either.
		expect(message).toContain('全国の値');
	});

	it('takes the release date from the headers when the file name says nothing, and refuses a disagreement', async () => {
		const grid = koukaiyouGrid(invented, { cardsDate: '令和７年７月末', populationDate: 'Ｒ７．１．１' });
		const { parsed, errors } = await importOf('000123456.csv', koukaiyouCsv(grid));
		expect(errors).toEqual([]);
		expect(parsed.map((p) => p.releaseDate)).toEqual(['2025-07-31', '2025-07-31']);
		const named = await importOf('20250731.csv', koukaiyouCsv(grid));
		expect(named.errors).toEqual([]);
		const message = await refusal('20250831.csv', koukaiyouCsv(grid));
		expect(message).toContain('ファイル名の日付（2025-08-31）と見出し「保有枚数（令和７年７月末時点）」の基準日（2025-07-31）が一致しません');
	});

	it('a municipal table that leaves out a municipality of its prefecture is refused', async () => {
		// The municipal table alone, without its 合計 row (which would already disagree), and without 日南町.
		const full = koukaiyouGrid(invented, { prefectures: ['鳥取県'] });
		const grid = full.slice(full.findIndex((row) => row[1] === '市区町村名')).filter((row) => row[1] !== '日南町' && row[0] !== '合計');
		const message = await refusal('tottori.csv', koukaiyouCsv(grid));
		expect(message).toContain('1団体の行がありません: 鳥取県日南町');
	});
});

describe('an older coded layout', () => {
	it('reads 団体コード and 交付枚数 at other positions as 交付枚数 rows', async () => {
		const tottori = invented.filter((r) => r.prefecture === '鳥取県');
		const rows = [
			[{ value: '市区町村別交付枚数（架空）' }],
			[],
			['団体コード', '都道府県名', '市区町村名', '住民基本台帳人口（H31.1.1）', '交付枚数（2019/6/30時点）', '交付率'].map((value) => ({ value })),
			...tottori.map((r) => [{ value: Number(r.code6) }, { value: r.prefecture }, { value: r.name }, { value: r.population }, { value: r.held }, { value: `${((100 * r.held) / r.population).toFixed(1)}%` }]),
			[null, { value: '鳥取県計' }, null, { value: tottori.reduce((s, r) => s + r.population, 0) }, { value: tottori.reduce((s, r) => s + r.held, 0) }, null]
		];
		const bytes = new Uint8Array(await writeXlsxFile(rows as never).toBuffer());
		const { parsed, result, errors } = await importOf('old.xlsx', bytes, '鳥取県');
		expect(errors).toEqual([]);
		expect(parsed.map((p) => [p.kind, p.releaseDate])).toEqual([['municipal', '2019-06-30']]);
		const issued = byCode(result.rows.municipal_issuance);
		expect([...issued.keys()].sort()).toEqual(tottori.map((r) => r.code6).sort());
		for (const r of tottori) expect([issued.get(r.code6)!.cards, issued.get(r.code6)!.population_base_date]).toEqual([r.held, '2019-01-01']);
	});
});

describe('matching names to the master', () => {
	it('folding variant characters never makes two municipalities of one prefecture alike', () => {
		const keys = entries.map((e) => `${e.prefecture}\u0000${nameKey(e.name)}`);
		expect(new Set(keys).size).toBe(entries.length);
	});
	it('a name two municipalities could be is ambiguous, never a guess', () => {
		const index = new MunicipalityNameIndex([
			{ code6: '999991', name: '髙山町', prefecture: '架空県' },
			{ code6: '999992', name: '高山町', prefecture: '架空県' }
		]);
		expect(index.match('架空県', '髙山町').map((e) => e.code6)).toEqual(['999991', '999992']);
		expect(index.match('架空県', '架空郡高山町').length).toBe(2);
		expect(index.match('他県', '高山町')).toEqual([]);
	});
});

describe('npm run import with the 「公表用」 workbook', () => {
	it('stores the holdings release from one file, and refuses a typo changing nothing', async () => {
		const store = mkdtempSync(join(work, 'imported-'));
		const good = join(work, 'koukai.xlsx');
		writeFileSync(good, await koukaiyouXlsx(koukaiyouGrid(invented)));
		const first = await runImport([good], store, { today: '2025-09-12' });
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(readdirSync(join(store, '20250831')).sort()).toEqual(['all_localgovs_held.csv', 'all_prefectures_held.csv']);
		const stored = readFileSync(join(store, '20250831', 'all_localgovs_held.csv'), 'utf8');
		expect(stored.split('\n').filter(Boolean)).toHaveLength(entries.length + 1);
		expect(stored).toContain(`2025/08/31,北海道,森町,`);
		const again = await runImport([good], store, { today: '2025-09-12' });
		expect(again.code).toBe(0);
		expect(again.stdout).toContain('同じ内容です（変更なし）');

		const typo = join(work, 'koukai-typo.xlsx');
		const grid = koukaiyouGrid(invented, { cardsDate: 'R7.9末', rename: { prefecture: '静岡県', name: '森町', to: '周智郡森野町' } });
		writeFileSync(typo, await koukaiyouXlsx(grid));
		const refused = await runImport([typo], store, { today: '2025-10-12' });
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain(`${grid.findIndex((row) => row[1] === '周智郡森野町') + 1}行目 市区町村名（B列）: 静岡県の「周智郡森野町」は市区町村マスタにありません`);
		expect(refused.stderr).not.toContain('表も必要です');
		expect(existsSync(join(store, '20250930'))).toBe(false);

		// A new 保有枚数 release needs its prefecture table too: the municipal table alone is refused.
		const alone = join(work, 'shichoson-only.csv');
		const full = koukaiyouGrid(invented, { cardsDate: 'R7.10末' });
		writeFileSync(alone, koukaiyouCsv(full.slice(full.findIndex((row) => row[1] === '市区町村名'))));
		const incomplete = await runImport([alone], store, { today: '2025-11-12' });
		expect(incomplete.code).toBe(2);
		expect(incomplete.stderr).toContain('2025-10-31: 新しい公表日の保有枚数には all_prefectures_held.csv に当たる表も必要です');

		// The next build reads the stored release as it reads any: 保有枚数 in its own tables.
		const out = join(work, 'build');
		await buildDataQuietly(out, importedReleases(store));
		const built = await openDataEngine(out);
		try {
			const mori = invented.filter((r) => r.name === '森町').map((r) => r.code6);
			const rows = await built.query<{ code6: string; held: number }>(
				"SELECT code6, held_cards::INTEGER AS held FROM municipal_holdings WHERE release_date = DATE '2025-08-31' AND code6 IN ($1, $2) ORDER BY code6",
				mori
			);
			expect(rows).toEqual(invented.filter((r) => r.name === '森町').map((r) => ({ code6: r.code6, held: r.held })));
			// A release of cards held alone is listed by RELEASE_MEASURES (`releases` lists releases of cards issued).
			const measures = await built.query<ReleaseMeasureRow>(RELEASE_MEASURES);
			expect(measures.find((r) => r.release_date === '2025-08-31')).toEqual({ release_date: '2025-08-31', issued: false, held: true });
			const [base] = await built.query<{ base: string }>("SELECT DISTINCT strftime(population_base_date, '%Y-%m-%d') AS base FROM municipal_holdings WHERE release_date = DATE '2025-08-31'");
			expect(base.base).toBe('2025-01-01');
			const [prefectures] = await built.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM prefectural_holdings WHERE release_date = DATE '2025-08-31'");
			expect(prefectures.n).toBe(47);
		} finally {
			await built.close();
		}
	});
});

export type { ParsedFile };
