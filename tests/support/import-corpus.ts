/**
 * The import corpus of issue "no accepted file may break the next build": accepted-but-odd and
 * hostile release files, all invented (the real list of municipalities from the built master,
 * made-up figures). Each case is either refused with the message it must show (file, row and
 * column named), or accepted, and then must build and render.
 */
import { MUNICIPAL_COLUMNS, BY_KIND_COLUMNS } from '../../src/lib/domain/issuance-tables';
import { byKindGrid, csvBytes, municipalGrid, prefecturalGrid, type InventedRow, type Layout } from './invented-release';

export const CORPUS_TODAY = '2024-06-30';
const layout: Layout = { bom: true, quoted: true, crlf: false, separators: false };
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (grid: string[][], l: Layout = layout) => csvBytes(grid, l);

/** The grid with one cell changed; grid row r is line r + 1 of the CSV. */
export function withCell(grid: string[][], r: number, column: string, value: string): string[][] {
	const j = grid[0].indexOf(column);
	return grid.map((row, i) => (i === r ? row.map((c, k) => (k === j ? value : c)) : row));
}

/** A CSV with one count cell written exactly as given (the layout writer would reformat it as a number). */
function csvWithRawCount(grid: string[][], r: number, column: string, raw: string): Uint8Array {
	const PLACEHOLDER = '987654321';
	const text = new TextDecoder().decode(csv(withCell(grid, r, column, PLACEHOLDER)));
	return utf8(text.replace(`"${PLACEHOLDER}"`, `"${raw}"`));
}

/** A whole release (three tables) from municipal rows; the prefecture and national tables add up from `all`. */
export function release(rows: InventedRow[], date: string, all: InventedRow[] = rows): Record<string, Uint8Array> {
	return { 'm.csv': csv(municipalGrid(rows, date)), 'p.csv': csv(prefecturalGrid(all, date)), 'k.csv': csv(byKindGrid(all, date)) };
}

/** The files again with the rate of every row of population 0 written as `rate` (blank or 0.0), as offices write it. */
function withZeroRates(files: Record<string, Uint8Array>, rate: string): Record<string, Uint8Array> {
	return Object.fromEntries(
		Object.entries(files).map(([name, bytes]) => {
			const lines = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').split('\n');
			const header = lines[0].split(',').map((c) => c.replace(/^"|"$/g, ''));
			const [population, published] = [header.findIndex((h) => h === '総数（人口）' || h === '人口'), header.findIndex((h) => h.includes('率'))];
			const fixed = lines.map((line, i) => {
				const cells = line.split(',');
				return i > 0 && cells[population]?.replace(/"/g, '') === '0' ? cells.map((c, j) => (j === published ? `"${rate}"` : c)).join(',') : line;
			});
			return [name, new TextEncoder().encode('\ufeff' + fixed.join('\n'))];
		})
	);
}

export type CorpusCase = { name: string; files: Record<string, Uint8Array>; refused: RegExp } | { name: string; files: Record<string, Uint8Array>; accepted: string };

/** Text as UTF-16 or UTF-32 code units (little-endian), without a BOM. */
function wide(text: string, bytesPerUnit: 2 | 4): Uint8Array {
	const out = new Uint8Array(text.length * bytesPerUnit);
	for (let i = 0; i < text.length; i++) {
		out[i * bytesPerUnit] = text.charCodeAt(i) & 0xff;
		out[i * bytesPerUnit + 1] = text.charCodeAt(i) >> 8;
	}
	return out;
}

export function corpus(invented: InventedRow[]): CorpusCase[] {
	const D = '2023-02-01';
	const M = () => municipalGrid(invented, D);
	const hokkaido = invented.filter((r) => r.prefecture === '北海道');
	const aomori = invented.filter((r) => r.prefecture === '青森県');
	const firstHokkaido = M().findIndex((row) => row[1] === '北海道');
	const aomoriRow = invented.find((r) => r.prefecture === '青森県')!;
	const text = (grid: string[][]) => new TextDecoder().decode(csv(grid, { ...layout, bom: false }));
	const zeroed = invented.map((r, i) => (i === 0 ? { ...r, population: 0, cards: 0 } : r));
	return [
		// What a release must contain.
		{ name: "only another prefecture's municipalities", files: release(aomori, D, invented), refused: /m\.csv: このサイトの都道府県（北海道）の市区町村の行がありません/ },
		{ name: 'a prefecture table short of 47', files: { ...release(invented, D), 'p.csv': csv(prefecturalGrid(invented, D).filter((row) => row[1] !== '沖縄県')) }, refused: /p\.csv: 都道府県別の表には47都道府県すべてが必要です。1都道府県の行がありません: 沖縄県/ },
		{
			name: "a prefecture's total that is not the sum of its municipalities (published CSV)",
			files: { ...release(invented, D), 'p.csv': csv(prefecturalGrid(invented, D).map((row, i) => (row[1] === '北海道' && i > 0 ? row.map((c, j) => (j === 3 ? String(Number(c) + 12345) : c)) : row))) },
			refused: /p\.csv 2行目 交付枚数: 北海道の交付枚数の値 [\d,]+ が内訳の合計 [\d,]+ と一致しません/
		},
		{
			name: 'a national row that is not the sum of the 47',
			files: { ...release(invented, D), 'k.csv': csv(withCell(byKindGrid(invented, D), 1, BY_KIND_COLUMNS.population, String(Number(byKindGrid(invented, D)[1][2]) + 1))) },
			refused: /k\.csv 2行目 人口: 全国の人口の値 [\d,]+ が内訳の合計 [\d,]+ と一致しません/
		},
		// No population to divide by.
		{ name: 'a municipality with population 0 (rate blank)', files: withZeroRates(release(zeroed, D), ''), refused: /m\.csv 2行目 総数（人口）: 人口が 0 です/ },
		{ name: 'all of Hokkaido with population 0 (rate 0.0)', files: withZeroRates(release(invented.map((r) => (r.prefecture === '北海道' ? { ...r, population: 0, cards: 0 } : r)), D), '0.0'), refused: /m\.csv \d+行目 総数（人口）: 人口が 0 です/ },
		// Numbers as people write them.
		{ name: '「12,5」', files: { 'm.csv': csvWithRawCount(M(), 2, MUNICIPAL_COLUMNS.cards, '12,5') }, refused: /m\.csv 3行目 交付枚数: 「12,5」の桁区切りの位置が正しくありません/ },
		{ name: '「1,2,3」', files: { 'm.csv': csvWithRawCount(M(), 2, MUNICIPAL_COLUMNS.population, '1,2,3') }, refused: /m\.csv 3行目 総数（人口）: 「1,2,3」の桁区切りの位置が正しくありません/ },
		{ name: '「-0」', files: { 'm.csv': csvWithRawCount(M(), 2, MUNICIPAL_COLUMNS.cards, '-0') }, refused: /m\.csv 3行目 交付枚数: 「-0」は負の符号が付いています/ },
		{ name: 'a count past 2^53', files: { 'm.csv': csvWithRawCount(M(), 2, MUNICIPAL_COLUMNS.population, '9007199254740993') }, refused: /m\.csv 3行目 総数（人口）: 「9007199254740993」は大きすぎます/ },
		{
			name: 'a rate that disagrees with cards ÷ population',
			files: { 'm.csv': csv(withCell(M(), 2, MUNICIPAL_COLUMNS.publishedRate, (Number(M()[2][5]) + 0.3).toFixed(1))) },
			refused: /m\.csv 3行目 人口に対する交付枚数率: 「[\d.]+」は交付枚数 ÷ 人口（[\d,]+ ÷ [\d,]+ = [\d.]+%）と一致しません/
		},
		// Codes, prefectures, dates.
		{
			name: 'a code of another prefecture under 北海道',
			files: { 'm.csv': csv(M().map((row) => (row[8] === String(Number(aomoriRow.code6)) ? row.map((c, j) => (j === 1 ? '北海道' : c)) : row))) },
			refused: new RegExp(`m\\.csv \\d+行目 都道府県名: 団体コード ${aomoriRow.code6}（${aomoriRow.name}）は青森県の団体です。都道府県名「北海道」と一致しません`)
		},
		{ name: 'a release before the card existed', files: release(invented, '2001-01-31'), refused: /m\.csv 2行目 算出基準日: 算出基準日 2001-01-31 はマイナンバーカードの交付開始（2016年1月）より前です/ },
		{ name: 'a population base date after the release', files: { 'm.csv': csv(withCell(M(), 2, MUNICIPAL_COLUMNS.populationBaseDate, '2099/01/01')) }, refused: /m\.csv 3行目 人口算出基準日: 人口算出基準日 2099-01-01 が公表日 2023-02-01 より後です/ },
		// Encodings and line endings.
		{ name: 'CR-only line endings', files: { 'cr.csv': utf8(text(M()).replaceAll('\n', '\r')) }, refused: /cr\.csv: 改行が CR だけです/ },
		{ name: 'UTF-16 without BOM', files: { 'u16.csv': wide(text(M()), 2) }, refused: /u16\.csv: UTF-16 の文字コード（BOM なし）のようです/ },
		{ name: 'UTF-32', files: { 'u32.csv': new Uint8Array([0xff, 0xfe, 0, 0, ...wide(text(M()), 4)]) }, refused: /u32\.csv: UTF-32 の文字コードは読めません/ },
		// Terminal control in a cell and a file name: refused, and printed escaped.
		{ name: 'escape sequences and bidi overrides', files: { 'evil\u202e.csv': csv(withCell(M(), firstHokkaido, MUNICIPAL_COLUMNS.name, '札幌市\u001b[2J\u001b]0;x\u0007')) }, refused: /evil\\u\{202E\}\.csv 2行目 市区町村名: .*「札幌市\\u\{1B\}\[2J\\u\{1B\}\]0;x\\u\{07\}」/ },
		// Accepted, odd: each must build and render.
		{ name: "a partial release: the site's prefecture only, 47 prefectures, national", files: release(hokkaido, '2023-03-01', invented), accepted: '2023-03-01' },
		{ name: 'counts with thousands separators, unquoted, CRLF, no BOM', files: Object.fromEntries(Object.entries({ 'm.csv': municipalGrid(invented, '2023-04-01'), 'p.csv': prefecturalGrid(invented, '2023-04-01'), 'k.csv': byKindGrid(invented, '2023-04-01') }).map(([n, g]) => [n, csv(g, { bom: false, quoted: false, crlf: true, separators: true })])), accepted: '2023-04-01' },
		{
			name: 'rates cut off (not rounded) and with two decimals',
			files: {
				...release(invented, '2023-05-01'),
				'm.csv': csv(municipalGrid(invented, '2023-05-01').map((row, i) => (i === 0 ? row : row.map((c, j) => (j === 5 ? String(Math.floor((10000 * Number(row[4])) / Number(row[3])) / 100) : c)))))
			},
			accepted: '2023-05-01'
		}
	];
}
