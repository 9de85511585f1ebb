/**
 * Every table in a sheet (or CSV) found by its header row, wherever it is: the national-total
 * block, a prefecture table and a municipal table one above the other, as in MIC's 「公表用」
 * sheet. Each is written in the published columns (the dates read from the header text), so the
 * existing validators, stores and build read it as they read any release. Totals rows are kept
 * apart and checked against the sum of their parts (see sum-checks.ts).
 */
import { ja } from '../messages/ja';
import { dateInFileName, dateInText } from '../domain/era-date';
import { normalizeCode6 } from '../domain/municipality-code';
import { prefectureOfCode6 } from '../domain/prefectures';
import { COLUMNS_OF_KIND, type TableKind } from '../domain/issuance-tables';
import type { RawRow } from '../domain/validate-release';
import { columnLabel, compactText, meaningHeader, type ColumnRole, type HeaderColumn, type MeaningHeader } from './header-meaning';
import { isNationalLabel, labelText, prefectureName, totalScope, wardCity } from './totals-row';
import { checkTotals, countOf, type MeaningBlock } from './sum-checks';
import { LINE_KEY, type RecognizedTable } from './sheet-table';

export interface MeaningTable extends RecognizedTable {
	releaseDate: string | null;
	/** The file (and sheet, when a workbook has several) as messages name it. */
	label?: string;
	/** Published column name → the sheet's own header and letter (「保有枚数（R7.8末時点）（D列）」), for messages. */
	columnLabels: Record<string, string>;
}

export interface MeaningTables {
	tables: MeaningTable[];
	errors: string[];
	notes: string[];
}

interface Block {
	header: MeaningHeader;
	line: number;
	rows: { line: number; cells: string[] }[];
}

const slash = (iso: string) => iso.replaceAll('-', '/');
const PREFECTURE_COUNT = 47;

/** Header rows by meaning, each with the rows below it up to the next header. */
function blocksOf(grid: string[][]): Block[] {
	const blocks: Block[] = [];
	grid.forEach((cells, i) => {
		const header = meaningHeader(cells);
		if (header) return void blocks.push({ header, line: i + 1, rows: [] });
		const block = blocks.at(-1);
		if (!block || cells.every((c) => c.trim() === '')) return;
		// A second header line holding only the dates 「（R7.8末時点）」 under the first belongs to it.
		if (block.rows.length === 0 && continuesHeader(block.header, cells)) return;
		block.rows.push({ line: i + 1, cells });
	});
	return blocks;
}

function continuesHeader(header: MeaningHeader, cells: string[]): boolean {
	const columns = Object.values(header.columns) as HeaderColumn[];
	const dated = columns.filter((c) => c.date == null && dateInText(cells[c.index] ?? ''));
	if (dated.length === 0 || columns.some((c) => countOf(cells[c.index] ?? '') != null)) return false;
	for (const c of dated) c.date = dateInText(cells[c.index]);
	return true;
}

/** A published rate: per cent as written, or a fraction (Excel's 73.5 % is 0.735) turned into per cent. */
function rateText(cell: string, population: number | null, cards: number | null): string {
	const text = compactText(cell);
	const value = Number(text.replace(/%$/, ''));
	if (text === '' || text.endsWith('%') || !Number.isFinite(value) || value > 1 || !population || cards == null) return text;
	const percent = (100 * cards) / population;
	return Math.abs(value * 100 - percent) < Math.abs(value - percent) ? String(Math.round(value * 100 * 1e6) / 1e6) : text;
}

export function meaningTablesFromGrid(fileName: string, grid: string[][]): MeaningTables | null {
	const blocks = blocksOf(grid);
	if (blocks.length === 0) return null;
	const out: MeaningTables = { tables: [], errors: [], notes: [] };
	const fileDate = dateInFileName(fileName);
	const read: MeaningBlock[] = [];
	for (const block of blocks) {
		const { header } = block;
		if (header.duplicate) {
			out.errors.push(ja.rowError(fileName, block.line, columnLabel(header.duplicate.second), ja.meaningDuplicateColumn(columnLabel(header.duplicate.first), columnLabel(header.duplicate.second))));
			continue;
		}
		const dates = blockDates(fileName, fileDate, block, out.errors);
		if (!dates) continue;
		const parsed = header.kind === 'national' ? nationalBlock(block) : header.kind === 'prefectural' ? prefectureBlock(block, dates) : municipalBlock(fileName, block, dates, out);
		if (parsed) read.push(parsed);
	}
	out.errors.push(...checkTotals(fileName, read, out.notes));
	for (const block of read) {
		// The national block, and a table of designated-city wards alone, are only checked (a ward is never imported).
		if (block.kind === 'national' || block.parts.length === 0) continue;
		if (block.kind === 'prefectural' && new Set(block.parts.map((p) => p.prefecture)).size < PREFECTURE_COUNT) {
			out.notes.push(ja.prefectureTableCheckOnly(fileName, new Set(block.parts.map((p) => p.prefecture)).size));
			continue;
		}
		out.tables.push(block.table!);
	}
	return out;
}

/** Something written as a date (和暦 or 西暦, year and month at least), whether or not the day exists. */
const WRITTEN_DATE = /(令和|平成|R|H)\s*(元|\d{1,2})\s*[.．/年]\s*\d{1,2}(\s*[.．/月]\s*\d{1,2}\s*日?|\s*月?\s*末日?)?|(?<!\d)\d{4}\s*[.．/\-年]\s*\d{1,2}(\s*[.．/\-月]\s*\d{1,2}\s*日?|\s*月?\s*末日?)?/u;

interface BlockDates {
	release: string | null;
	population: string | null;
	cards: string | null;
}

/** The release from the file name, else from the measure's header; the population date from its header. */
function blockDates(fileName: string, fileDate: string | null, block: Block, errors: string[]): BlockDates | null {
	const { columns, measure } = block.header;
	const measureColumn = columns[measure]!;
	if (columns.releaseDate) return { release: null, population: null, cards: null };
	const headerDate = measureColumn.date;
	if (fileDate && headerDate && fileDate !== headerDate) {
		errors.push(ja.rowError(fileName, block.line, columnLabel(measureColumn), ja.meaningReleaseDateConflict(fileDate, headerDate, measureColumn.text)));
		return null;
	}
	const release = fileDate ?? headerDate;
	const written = !release ? WRITTEN_DATE.exec(measureColumn.text.normalize('NFKC')) : null;
	if (written) {
		// A date is written, but it is no day of the calendar (「R7.13末」「2025/2/30」).
		errors.push(ja.rowError(fileName, block.line, columnLabel(measureColumn), ja.meaningInvalidHeaderDate(measureColumn.text, written[0])));
		return null;
	}
	if (!release) {
		errors.push(ja.rowError(fileName, block.line, columnLabel(measureColumn), ja.meaningNoReleaseDate(measureColumn.text)));
		return null;
	}
	const population = columns.population!.date;
	if (!population && !columns.populationBaseDate && block.header.kind !== 'national') {
		errors.push(ja.rowError(fileName, block.line, columnLabel(columns.population!), ja.meaningNoPopulationDate(columns.population!.text)));
		return null;
	}
	return { release, population, cards: headerDate ?? release };
}

const cellOf = (block: Block, cells: string[], role: ColumnRole) => {
	const column = block.header.columns[role];
	return column ? (cells[column.index] ?? '').trim() : '';
};

/** A row with no figures and at most one filled cell is a title or a note (「※ 注」), not data. */
function isNote(block: Block, cells: string[]): boolean {
	const { measure } = block.header;
	return cellOf(block, cells, 'population') === '' && cellOf(block, cells, measure) === '' && cells.filter((c) => c.trim() !== '').length <= 1;
}

function figuresOf(block: Block, cells: string[]) {
	return { population: countOf(cellOf(block, cells, 'population')), cards: countOf(cellOf(block, cells, block.header.measure)) };
}

/** The published columns of a row: its figures, rate and dates (per row when the sheet has 基準日 columns). */
function publishedFigures(block: Block, cells: string[], kind: TableKind, dates: BlockDates): RawRow {
	const C = COLUMNS_OF_KIND[kind] as Record<string, string>;
	const { population, cards } = figuresOf(block, cells);
	const dated = (role: ColumnRole, fallback: string | null) => (block.header.columns[role] ? cellOf(block, cells, role) : fallback ? slash(fallback) : '');
	return {
		[C.releaseDate]: dated('releaseDate', dates.release),
		[C.population]: compactText(cellOf(block, cells, 'population')),
		[C.cards]: compactText(cellOf(block, cells, block.header.measure)),
		[C.publishedRate]: rateText(cellOf(block, cells, 'rate'), population, cards),
		[C.populationBaseDate]: dated('populationBaseDate', dates.population),
		[C.cardsBaseDate]: dated('cardsBaseDate', dates.cards)
	};
}

/** Each published column read from a sheet column, named as the sheet names it. */
function labelsOf(block: Block, kind: TableKind): Record<string, string> {
	const C = COLUMNS_OF_KIND[kind] as Record<string, string>;
	const roles: [string, ColumnRole][] = [
		['prefecture', 'prefecture'], ['name', 'name'], ['code', 'code'], ['population', 'population'], ['cards', block.header.measure],
		['publishedRate', 'rate'], ['releaseDate', 'releaseDate'], ['populationBaseDate', 'populationBaseDate'], ['cardsBaseDate', 'cardsBaseDate']
	];
	const labels: Record<string, string> = {};
	for (const [key, role] of roles) {
		const column = block.header.columns[role];
		if (C[key] && column) labels[C[key]] = columnLabel(column);
	}
	return labels;
}

function tableOf(block: Block, kind: TableKind, rows: RawRow[], dates: BlockDates): MeaningTable {
	const { columns } = block.header;
	return {
		kind,
		header: Object.values(COLUMNS_OF_KIND[kind]),
		rows,
		headerLine: block.line,
		releaseDate: dates.release ?? (rows[0] ? (rows[0][COLUMNS_OF_KIND[kind].releaseDate] ?? '').replaceAll('/', '-') || null : null),
		columnLabels: labelsOf(block, kind)
	};
}

function nationalBlock(block: Block): MeaningBlock {
	const rows = block.rows.filter((r) => !isNote(block, r.cells));
	// The national figure is the block's 全国 row, or its only row.
	const row = rows.find((r) => r.cells.some((c) => isNationalLabel(c))) ?? (rows.length === 1 ? rows[0] : undefined);
	return { kind: 'national', header: block.header, parts: [], totals: row ? [{ line: row.line, scope: { kind: 'national' }, ...figuresOf(block, row.cells) }] : [], wards: [] };
}

function prefectureBlock(block: Block, dates: BlockDates): MeaningBlock {
	const kind: TableKind = block.header.measure === 'held' ? 'prefecturalHeld' : 'prefectural';
	const out: MeaningBlock = { kind: 'prefectural', header: block.header, parts: [], totals: [], wards: [] };
	const rows: RawRow[] = [];
	for (const { line, cells } of block.rows) {
		if (isNote(block, cells)) continue;
		const cell = cellOf(block, cells, 'prefecture');
		if (isNationalLabel(cell)) {
			out.totals.push({ line, scope: { kind: 'national' }, ...figuresOf(block, cells) });
			continue;
		}
		const prefecture = prefectureName(cell) || cell;
		out.parts.push({ line, prefecture, name: prefecture, ...figuresOf(block, cells) });
		rows.push({ [LINE_KEY]: String(line), [COLUMNS_OF_KIND[kind].prefecture]: prefecture, ...publishedFigures(block, cells, kind, dates) });
	}
	out.table = tableOf(block, kind, rows, dates);
	return out;
}

function municipalBlock(fileName: string, block: Block, dates: BlockDates, result: MeaningTables): MeaningBlock | null {
	const { columns } = block.header;
	if (!columns.prefecture && !columns.code) {
		result.errors.push(ja.rowError(fileName, block.line, columnLabel(columns.name!), ja.meaningNoPrefectureColumn));
		return null;
	}
	const kind: TableKind = block.header.measure === 'held' ? 'municipalHeld' : 'municipal';
	const C = COLUMNS_OF_KIND[kind] as typeof COLUMNS_OF_KIND.municipal;
	const out: MeaningBlock = { kind: 'municipal', header: block.header, parts: [], totals: [], wards: [] };
	const rows: RawRow[] = [];
	let above = '';
	for (const { line, cells } of block.rows) {
		if (isNote(block, cells)) continue;
		const prefectureCell = cellOf(block, cells, 'prefecture');
		const nameCell = cellOf(block, cells, 'name');
		const codeCell = compactText(cellOf(block, cells, 'code'));
		let scope = codeCell === '' ? totalScope(prefectureCell, nameCell) : null;
		if (scope?.kind === 'national' && prefectureCell === '' && columns.prefecture && above && /^(計|小計)$/.test(labelText(nameCell))) scope = { kind: 'prefectureOrAll', prefecture: above };
		if (scope) {
			out.totals.push({ line, scope, ...figuresOf(block, cells) });
			continue;
		}
		const code6 = normalizeCode6(codeCell);
		// A merged prefecture cell is filled on its first row only: the rows below belong to it.
		const prefecture = prefectureCell === '' ? (columns.prefecture ? above : code6 ? (prefectureOfCode6(code6) ?? '') : '') : prefectureName(prefectureCell) || prefectureCell;
		above = prefecture;
		const city = codeCell === '' ? wardCity(nameCell) : null;
		if (city) {
			out.wards.push({ line, prefecture, name: city, ...figuresOf(block, cells) });
			continue;
		}
		out.parts.push({ line, prefecture, name: labelText(nameCell), ...figuresOf(block, cells) });
		rows.push({ [LINE_KEY]: String(line), [C.prefecture]: prefecture, [C.name]: nameCell, [C.code]: codeCell, ...publishedFigures(block, cells, kind, dates) });
	}
	out.table = tableOf(block, kind, rows, dates);
	return out;
}
