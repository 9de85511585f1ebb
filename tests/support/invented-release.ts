/**
 * Invented releases for the import tests, written by the tests themselves: the real list of
 * municipalities (codes and names from the built master) with made-up populations and cards,
 * and the prefectural and national totals that add up from them. Nothing is copied from the mirror.
 */
import writeXlsxFile from 'write-excel-file/node';
import { MUNICIPAL_COLUMNS, PREFECTURAL_COLUMNS, BY_KIND_COLUMNS, DEMOGRAPHIC_COLUMNS } from '../../src/lib/domain/issuance-tables';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';

export interface InventedRow {
	code6: string;
	name: string;
	prefecture: string;
	population: number;
	cards: number;
}

/** A small deterministic generator, so a failing case can be reproduced. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function inventMunicipalRows(master: MunicipalityMasterEntry[], seed = 1): InventedRow[] {
	const random = seededRandom(seed);
	return master.map((m) => {
		const population = 200 + Math.floor(random() * 2_000_000);
		return { ...m, population, cards: Math.floor(population * random() * 0.9) };
	});
}

export interface Layout {
	bom: boolean;
	quoted: boolean;
	crlf: boolean;
	separators: boolean;
}

const fmtCount = (n: number, layout: Layout) => (layout.separators ? n.toLocaleString('en-US') : String(n));
const cell = (text: string, layout: Layout) => (layout.quoted || /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const slash = (iso: string) => iso.replaceAll('-', '/');
/** Population is counted on 1 January of the release's year, as MIC does. */
const populationBase = (releaseDate: string) => `${releaseDate.slice(0, 4)}/01/01`;

export function rateText(cards: number, population: number): string {
	return (Math.round((1000 * cards) / population) / 10).toFixed(1);
}

export function municipalGrid(rows: InventedRow[], releaseDate: string): string[][] {
	const header = Object.values(MUNICIPAL_COLUMNS);
	return [
		header,
		...rows.map((r) => [slash(releaseDate), r.prefecture, r.name, String(r.population), String(r.cards), rateText(r.cards, r.population), populationBase(releaseDate), slash(releaseDate), String(Number(r.code6))])
	];
}

export function prefecturalGrid(rows: InventedRow[], releaseDate: string): string[][] {
	const sums = new Map<string, { population: number; cards: number }>();
	for (const r of rows) {
		const s = sums.get(r.prefecture) ?? { population: 0, cards: 0 };
		sums.set(r.prefecture, { population: s.population + r.population, cards: s.cards + r.cards });
	}
	return [
		Object.values(PREFECTURAL_COLUMNS),
		...[...sums].map(([p, s]) => [slash(releaseDate), p, String(s.population), String(s.cards), rateText(s.cards, s.population), populationBase(releaseDate), slash(releaseDate)])
	];
}

export function byKindGrid(rows: InventedRow[], releaseDate: string): string[][] {
	const population = rows.reduce((s, r) => s + r.population, 0);
	const cards = rows.reduce((s, r) => s + r.cards, 0);
	return [Object.values(BY_KIND_COLUMNS), [slash(releaseDate), '全国', String(population), String(cards), rateText(cards, population), populationBase(releaseDate), slash(releaseDate)]];
}

/** A grid as CSV bytes in the given layout (UTF-8, or Shift_JIS when asked). */
export function csvBytes(grid: string[][], layout: Layout, encoding: 'utf-8' | 'shift_jis' = 'utf-8'): Uint8Array {
	// Only counts get thousands separators; codes and rates never do.
	const countColumn = grid[0].map((name) => /人口|枚数|件数/.test(name) && !/率|基準日/.test(name));
	const text =
		grid.map((row, i) => row.map((c, j) => cell(i > 0 && countColumn[j] ? fmtCount(Number(c), layout) : c, layout)).join(',')).join(layout.crlf ? '\r\n' : '\n') + (layout.crlf ? '\r\n' : '\n');
	if (encoding === 'shift_jis') return encodeShiftJis(text);
	const utf8 = new TextEncoder().encode(text);
	return layout.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}

/** Shift_JIS encoding via a reverse table from the platform's decoder (TextEncoder only does UTF-8). */
let sjisTable: Map<string, number[]> | null = null;
export function encodeShiftJis(text: string): Uint8Array {
	if (!sjisTable) {
		sjisTable = new Map();
		const decoder = new TextDecoder('shift_jis');
		for (let lead = 0x81; lead <= 0xfc; lead++) {
			if (lead > 0x9f && lead < 0xe0) continue;
			for (let trail = 0x40; trail <= 0xfc; trail++) {
				const ch = decoder.decode(new Uint8Array([lead, trail]));
				if (ch.length === 1 && ch !== '\ufffd' && !sjisTable.has(ch)) sjisTable.set(ch, [lead, trail]);
			}
		}
	}
	const out: number[] = [];
	for (const ch of text) {
		if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
		else {
			const bytes = sjisTable.get(ch);
			if (!bytes) throw new Error(`Shift_JIS にない文字: ${ch}`);
			out.push(...bytes);
		}
	}
	return new Uint8Array(out);
}

/** An XLSX workbook as published offices make them: a title and a blank row above the header, a totals row below. */
export async function xlsxBytes(grid: string[][], numbersAsText: boolean): Promise<Uint8Array> {
	const isCount = (text: string) => /^\d+$/.test(text);
	const rows = grid.map((row, i) => row.map((c) => (i > 0 && !numbersAsText && isCount(c) ? { value: Number(c) } : { value: c })));
	const total = [{ value: '合計' }, ...grid[0].slice(1).map(() => null)];
	const sheet = [[{ value: 'マイナンバーカード交付状況（架空のテストデータ）' }], [null], ...rows, total];
	return new Uint8Array(await writeXlsxFile(sheet as never).toBuffer());
}

/** An invented national age/sex table (DEMOGRAPHIC_COLUMNS), the bands as MIC writes them. */
export function demographicsGrid(releaseDate: string, bands = ['全体', '0～4歳', '5～9', '10～14', '95～99', '100歳以上']): string[][] {
	const random = seededRandom(3);
	return [
		Object.values(DEMOGRAPHIC_COLUMNS),
		...bands.map((band) => {
			const [male, female] = [1000 + Math.floor(random() * 1e6), 1000 + Math.floor(random() * 1e6)];
			const [cardsMale, cardsFemale] = [Math.floor(male * random()), Math.floor(female * random())];
			return [slash(releaseDate), band, String(male), String(female), String(male + female), String(cardsMale), String(cardsFemale), String(cardsMale + cardsFemale), populationBase(releaseDate), slash(releaseDate)];
		})
	];
}
