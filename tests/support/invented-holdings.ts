/**
 * Invented files in the layout of MIC's current monthly 保有枚数 workbook (sheet 「公表用」): a
 * title, the national-total block, a prefecture table, then the municipal table, no municipality
 * codes, reference dates in 和暦 inside the headers. The municipalities are the built master's
 * (public administrative facts); every figure is made up by a seeded generator.
 */
import writeXlsxFile from 'write-excel-file/node';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { seededRandom } from './invented-release';

export interface InventedHolding extends MunicipalityMasterEntry {
	population: number;
	held: number;
	/** The name as the invented file writes it (with a county, a variant character, a space). */
	written: string;
}

/** How the invented file writes some names: with their 郡, with variant characters or spaces. */
const WRITTEN: Record<string, string> = {
	'北海道\u0000森町': '茅部郡森町',
	'北海道\u0000池田町': '中川郡池田町',
	'北海道\u0000清水町': '上川郡清水町',
	'北海道\u0000日高町': '沙流郡日高町',
	'北海道\u0000松前町': '松前郡松前町',
	'北海道\u0000北斗市': '北斗　市',
	'静岡県\u0000森町': '周智郡森町',
	'静岡県\u0000清水町': '駿東郡清水町',
	'和歌山県\u0000日高町': '日高郡日高町',
	'愛媛県\u0000松前町': '伊予郡松前町',
	'長野県\u0000池田町': '北安曇郡池田町',
	'高知県\u0000梼原町': '高岡郡檮原町',
	'岩手県\u0000金ケ崎町': '金ヶ崎町',
	'宮城県\u0000七ヶ浜町': '七ケ浜町',
	'福島県\u0000伊達市': '伊達市'
};

export function inventHoldings(master: MunicipalityMasterEntry[], seed = 7): InventedHolding[] {
	const random = seededRandom(seed);
	return master.map((m) => {
		const population = 300 + Math.floor(random() * 900_000);
		return { ...m, population, held: Math.floor(population * (0.5 + random() * 0.4)), written: WRITTEN[`${m.prefecture}\u0000${m.name}`] ?? m.name };
	});
}

export interface SheetOptions {
	/** Reference dates as the headers write them. */
	cardsDate?: string;
	populationDate?: string;
	/** A change to one row's name (by its master name) or one total, to see it refused. */
	rename?: { prefecture: string; name: string; to: string };
	subtotalOffset?: number;
	/** Prefectures whose municipal rows are in the file (all when absent). */
	prefectures?: string[];
}

type Cell = string | number | null;
const sum = (rows: InventedHolding[], f: (r: InventedHolding) => number) => rows.reduce((s, r) => s + f(r), 0);
const percent = (held: number, population: number) => `${((100 * held) / population).toFixed(2)}%`;

/**
 * The 「公表用」 grid: title, national block, prefecture table (all 47, 合計 row), municipal table
 * (prefecture cell filled on each prefecture's first row only, rates as fractions the way Excel
 * stores a percentage, a 「北海道 計」 subtotal, 札幌市's wards under it) and a 合計 row.
 */
export function koukaiyouGrid(rows: InventedHolding[], options: SheetOptions = {}): Cell[][] {
	const cardsDate = options.cardsDate ?? 'R7.8末';
	const populationDate = options.populationDate ?? 'R7.1.1';
	const measure = `保有枚数（${cardsDate}時点）`;
	const population = `人口（${populationDate}時点）`;
	const included = rows.filter((r) => !options.prefectures || options.prefectures.includes(r.prefecture));
	const grid: Cell[][] = [
		[`マイナンバーカードの保有状況（架空のテストデータ、${cardsDate}時点）`],
		[],
		['区分', population, measure, '人口に対する保有枚数率'],
		['全国', sum(rows, (r) => r.population), sum(rows, (r) => r.held), percent(sum(rows, (r) => r.held), sum(rows, (r) => r.population))],
		[],
		['【都道府県別】'],
		['都道府県名', population, measure, '人口に対する保有枚数率']
	];
	for (const p of PREFECTURES) {
		const of = rows.filter((r) => r.prefecture === p);
		grid.push([p, sum(of, (r) => r.population), sum(of, (r) => r.held), percent(sum(of, (r) => r.held), sum(of, (r) => r.population))]);
	}
	grid.push(['合計', sum(rows, (r) => r.population), sum(rows, (r) => r.held), null], [], ['【市区町村別】'], ['都道府県名', '市区町村名', population, measure, '人口に対する保有枚数率']);
	for (const p of PREFECTURES) {
		const of = included.filter((r) => r.prefecture === p);
		of.forEach((r, i) => {
			const renamed = options.rename && options.rename.prefecture === r.prefecture && options.rename.name === r.name ? options.rename.to : r.written;
			grid.push([i === 0 ? p : null, renamed, r.population, r.held, r.held / r.population]);
			if (r.prefecture === '北海道' && r.name === '札幌市') {
				const ward = Math.floor(r.population / 3);
				const wardHeld = Math.floor(r.held / 3);
				grid.push([null, '札幌市中央区', ward, wardHeld, null], [null, '札幌市北区', r.population - ward, r.held - wardHeld, null]);
			}
		});
		if (p === '北海道' && of.length) grid.push(['北海道', '計', sum(of, (r) => r.population), sum(of, (r) => r.held) + (options.subtotalOffset ?? 0), null]);
	}
	grid.push(['合計', null, sum(included, (r) => r.population), sum(included, (r) => r.held), null]);
	grid.push(['※ 数値は架空のテストデータです。']);
	return grid;
}

/** A workbook whose first sheet is a note and whose second is 「公表用」. */
export async function koukaiyouXlsx(grid: Cell[][]): Promise<Uint8Array> {
	const data = grid.map((row) => row.map((value) => (value == null ? null : { value })));
	const sheets = [
		{ sheet: '注意事項', data: [[{ value: '架空のテストデータです' }]] },
		{ sheet: '公表用', data }
	];
	return new Uint8Array(await writeXlsxFile(sheets as never).toBuffer());
}

/** The same grid as UTF-8 CSV text (every cell quoted). */
export function koukaiyouCsv(grid: Cell[][]): Uint8Array {
	const text = grid.map((row) => row.map((c) => (c == null ? '' : `"${String(c).replaceAll('"', '""')}"`)).join(',')).join('\r\n') + '\r\n';
	return new TextEncoder().encode(text);
}
