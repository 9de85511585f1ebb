/**
 * Row-level validation of one published table. Pure: strings in (as DuckDB's read_csv
 * read them), typed rows or Japanese messages naming file, row and column out.
 * The same rules run at build time, in the import CLI and in the browser.
 */
import { ja } from '../messages/ja';
import { isValidCode6, checkDigit } from './check-digit';
import { isSameMunicipalityName, normalizeCode6 } from './municipality-code';
import { parseSlashDate } from './release-date';
import { PREFECTURES, prefectureCode, prefectureOfCode6 } from './prefectures';
import {
	BY_KIND_COLUMNS,
	COLUMNS_OF_KIND,
	DEMOGRAPHIC_COLUMNS,
	MUNICIPAL_COLUMNS,
	MUNICIPAL_HELD_COLUMNS,
	PREFECTURAL_COLUMNS,
	PREFECTURAL_HELD_COLUMNS,
	type TableKind
} from './issuance-tables';

export type RawRow = Record<string, string | null | undefined>;

/** Row errors listed per table; the rest are counted in one closing line (a million bad rows stay cheap). */
export const MAX_LISTED_ERRORS = 100;

/**
 * 区分 as MIC and Code for Japan have written it across every release; anything else (a quote,
 * a formula, HTML) is refused, so whatever an import accepts the build and the queries read.
 */
export const BY_KIND_LABELS = ['全国', '指定都市', '政令指定都市', '特別区', '市（指定都市を除く）', '市（政令指定都市を除く）', '特別区・市（指定都市を除く）', '町村'] as const;
/** 年齢 as published: 全体, 0～4歳, 10～14, 90歳以上, 100歳以上. */
const AGE_BAND = /^(全体|\d{1,3}～\d{1,3}(歳)?|\d{1,3}歳以上)$/;
export const isAgeBand = (text: string) => AGE_BAND.test(text);

/** The columns every issuance table has, whatever the measure (交付枚数 or 保有枚数) is called. */
type FigureColumns = Record<'releaseDate' | 'population' | 'cards' | 'publishedRate' | 'populationBaseDate' | 'cardsBaseDate', string>;

export interface MunicipalityMasterEntry {
	code6: string;
	name: string;
	prefecture: string;
}

export interface IssuanceFigures {
	releaseDate: string;
	population: number;
	cards: number;
	publishedRate: number | null;
	populationBaseDate: string;
	cardsBaseDate: string;
}
export interface MunicipalRow extends IssuanceFigures {
	code6: string;
}
export interface PrefecturalRow extends IssuanceFigures {
	prefecture: string;
	prefCode: number;
}
export interface ByKindRow extends IssuanceFigures {
	kind: string;
}
export interface DemographicRow {
	releaseDate: string;
	ageBand: string;
	sex: '男' | '女' | '計';
	population: number;
	cards: number;
	populationBaseDate: string;
	cardsBaseDate: string;
}

export interface TableValidation<Row> {
	rows: Row[];
	errors: string[];
	/** Things the import did on the user's behalf, for the import log. */
	notes: string[];
	/** Row errors beyond MAX_LISTED_ERRORS: counted, not listed. */
	omitted: number;
}

/** The header is line 1, so the first data row is line 2, unless the row says where it was ("#line"). */
const firstDataLine = 2;
const lineOf = (row: RawRow, i: number) => Number(row['#line'] ?? i + firstDataLine);

/** The first day a card could be issued (マイナンバーカード, from January 2016): no release is dated before it. */
export const FIRST_CARD_DATE = '2016-01-01';

/** Why a count cannot be read, as a message for people; or the count. */
export type CountReading = { value: number } | { problem: string };

/**
 * A count as people write it: digits, optionally with thousands separators every three digits
 * ("12,345", "1,234,567"). "12,5" or "1,2,3" (a separator in the wrong place), "-0", a value past
 * 2^53 and anything else are refused, each with its own words.
 */
export function readCount(raw: string | null | undefined): CountReading {
	const text = (raw ?? '').trim();
	if (/^-?\d+$/.test(text) || /^-?\d{1,3}(,\d{3})+$/.test(text)) {
		const n = Number(text.replaceAll(',', ''));
		if (!Number.isSafeInteger(n)) return { problem: ja.countTooLarge(text) };
		if (/^-/.test(text)) return { problem: /^-[0,]+$/.test(text) ? ja.negativeZero(text) : ja.negative(text) };
		return { value: n };
	}
	if (/^-?[\d,]+$/.test(text) && /\d/.test(text)) return { problem: ja.badThousands(text) };
	return { problem: ja.notANumber(text) };
}

/** Counts may carry thousands separators ("1,234") as some published layouts do; null when not a readable count (see readCount for why). */
export function parseCount(text: string | null | undefined): number | null {
	if (text == null) return null;
	const trimmed = text.trim();
	const reading = readCount(trimmed);
	if ('value' in reading) return reading.value;
	// A negative count is read (the caller says it is negative), except -0.
	return /^-\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) && Number(trimmed) !== 0 ? Number(trimmed) : null;
}

/** A published rate in per cent (0–100; the table stores it as DECIMAL(4,1)); NaN when unreadable. */
export function parseRate(text: string | null | undefined): number | null {
	if (text == null || text.trim() === '') return null;
	const cleaned = text.trim().replace(/%$/, '');
	return /^\d{1,3}(\.\d+)?$/.test(cleaned) && Number(cleaned) <= 100 ? Number(cleaned) : NaN;
}

/**
 * Whether a stated rate agrees with cards ÷ population to the rounding the file uses: as many
 * decimals as the text has, rounded or cut off (both are published). Exact figures, no float drift:
 * compared in units of the last stated decimal.
 */
export function rateAgrees(text: string, cards: number, population: number): boolean {
	const cleaned = text.trim().replace(/%$/, '');
	const decimals = cleaned.includes('.') ? cleaned.length - cleaned.indexOf('.') - 1 : 0;
	if (population <= 0 || decimals > 6) return true;
	// A workbook's percent-formatted cell holds the fraction (0.421 for 42.1 %): either reading may agree.
	return agreesAt(cleaned, decimals, 100 * cards, population) || (!text.trim().endsWith('%') && Number(cleaned) <= 1 && agreesAt(cleaned, decimals, cards, population));
}

/** `stated` equals numerator ÷ population rounded or cut off at `decimals`, in units of its last decimal. */
function agreesAt(stated: string, decimals: number, numerator: number, population: number): boolean {
	const scale = 10 ** decimals;
	const exact = (scale * numerator) / population;
	const value = Math.round(Number(stated) * scale);
	const epsilon = 1e-6;
	return Math.abs(exact - value) <= 0.5 + epsilon || (exact >= value - epsilon && exact < value + 1 + epsilon);
}

class RowChecker {
	constructor(
		private readonly file: string,
		private readonly errors: string[]
	) {}
	line = 0;
	/** Errors beyond MAX_LISTED_ERRORS, counted but not kept. */
	private omitted = 0;

	fail(column: string, problem: string): null {
		if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(ja.rowError(this.file, this.line, column, problem));
		else this.omitted++;
		return null;
	}

	/** The keys met so far (a code, a prefecture, …), with the line each was first met on. */
	readonly seen = new Map<string, number>();

	/** True the first time `key` is met; after that false, with `duplicate`'s error. */
	first(key: string, column: string, duplicate: (key: string, firstRow: number) => string): boolean {
		const firstRow = this.seen.get(key);
		if (firstRow == null) this.seen.set(key, this.line);
		else this.fail(column, duplicate(key, firstRow));
		return firstRow == null;
	}

	/** The count of errors not listed. */
	finish(): number {
		return this.omitted;
	}

	count(row: RawRow, column: string): number | null {
		const reading = readCount(row[column]);
		return 'value' in reading ? reading.value : this.fail(column, reading.problem);
	}

	date(row: RawRow, column: string, mustEqual?: string): string | null {
		const text = (row[column] ?? '').trim();
		const iso = parseSlashDate(text);
		if (iso == null) return this.fail(column, ja.badDate(text));
		if (mustEqual && iso !== mustEqual) return this.fail(column, ja.dateMismatch(text, mustEqual));
		return iso;
	}

	/** `checkRate`: the stated rate must agree with cards ÷ population (municipal and prefectural tables; MIC's 区分 rows do not always). */
	figures(row: RawRow, columns: FigureColumns, releaseDate?: string, checkRate = false): IssuanceFigures | null {
		const date = this.date(row, columns.releaseDate, releaseDate);
		const population = this.count(row, columns.population);
		const cards = this.count(row, columns.cards);
		const rateText = row[columns.publishedRate] ?? '';
		const rate = parseRate(rateText);
		let bad = false;
		if (Number.isNaN(rate)) this.fail(columns.publishedRate, ja.badRate(rateText));
		const populationBaseDate = this.date(row, columns.populationBaseDate);
		const cardsBaseDate = this.date(row, columns.cardsBaseDate);
		if (populationBaseDate != null && date != null && populationBaseDate > date) {
			this.fail(columns.populationBaseDate, ja.populationBaseAfterRelease(populationBaseDate, date));
			bad = true;
		}
		// A rate cannot be drawn or ranked without people to divide by: refused, so no page shows NaN.
		if (population === 0) {
			this.fail(columns.population, ja.zeroPopulation);
			bad = true;
		}
		if (population != null && cards != null && cards > population) this.fail(columns.cards, ja.exceedsPopulation(population));
		else if (checkRate && rate != null && !Number.isNaN(rate) && population && cards != null && !rateAgrees(rateText, cards, population)) {
			this.fail(columns.publishedRate, ja.rateDisagrees(rateText.trim(), cards, population));
			bad = true;
		}
		if (bad || date == null || population == null || cards == null || Number.isNaN(rate) || populationBaseDate == null || cardsBaseDate == null || cards > population) return null;
		return { releaseDate: date, population, cards, publishedRate: rate, populationBaseDate, cardsBaseDate };
	}
}

export function missingColumns(kind: TableKind, header: string[]): string[] {
	return Object.values(COLUMNS_OF_KIND[kind]).filter((c) => !header.includes(c));
}

function emptyResult<Row>(): TableValidation<Row> {
	return { rows: [], errors: [], notes: [], omitted: 0 };
}

/** Checks each row (the checker at the row's line), then `atEnd`; counts the errors not listed and refuses an empty file. */
function validateRows<Row>(file: string, rows: RawRow[], each: (row: RawRow, check: RowChecker, out: TableValidation<Row>) => unknown, atEnd?: (check: RowChecker, out: TableValidation<Row>) => void): TableValidation<Row> {
	const out = emptyResult<Row>();
	const check = new RowChecker(file, out.errors);
	rows.forEach((row, i) => {
		check.line = lineOf(row, i);
		each(row, check, out);
	});
	atEnd?.(check, out);
	out.omitted = check.finish();
	if (rows.length === 0) out.errors.push(ja.fileError(file, ja.emptyFile));
	return out;
}

/** Master lookups built once per import. */
export class MunicipalityMaster {
	private readonly byCode = new Map<string, MunicipalityMasterEntry>();
	private readonly byPrefectureAndName = new Map<string, MunicipalityMasterEntry>();
	constructor(entries: Iterable<MunicipalityMasterEntry>) {
		for (const e of entries) {
			this.byCode.set(e.code6, e);
			this.byPrefectureAndName.set(`${e.prefecture}\u0000${e.name}`, e);
		}
	}
	get(code6: string) {
		return this.byCode.get(code6);
	}
	find(prefecture: string, name: string) {
		return this.byPrefectureAndName.get(`${prefecture}\u0000${name}`);
	}
	get size() {
		return this.byCode.size;
	}
	entries(): MunicipalityMasterEntry[] {
		return [...this.byCode.values()];
	}
}

export function validateMunicipal(file: string, rows: RawRow[], master: MunicipalityMaster, releaseDate?: string, columns: typeof MUNICIPAL_COLUMNS | typeof MUNICIPAL_HELD_COLUMNS = MUNICIPAL_COLUMNS): TableValidation<MunicipalRow> {
	const C = columns;
	return validateRows<MunicipalRow>(file, rows, (row, check, out) => {
		const figures = check.figures(row, C, releaseDate, true);
		const prefecture = (row[C.prefecture] ?? '').trim();
		const name = (row[C.name] ?? '').trim();
		const codeText = (row[C.code] ?? '').trim();
		let code6: string | null;
		if (codeText === '<NA>' || codeText === '') {
			// Known quirk: some releases publish "<NA>" for 三宅村 and 八丈町. Resolve, and say so.
			const found = master.find(prefecture, name);
			if (!found) return check.fail(C.code, ja.unresolvedMissingCode(prefecture, name));
			code6 = found.code6;
			out.notes.push(ja.resolvedMissingCode(file, check.line, prefecture, name, code6));
		} else {
			code6 = normalizeCode6(codeText);
			if (code6 == null) return check.fail(C.code, ja.badCode(codeText));
			if (!isValidCode6(code6)) return check.fail(C.code, ja.badCheckDigit(code6, checkDigit(code6.slice(0, 5))));
			const known = master.get(code6);
			if (!known) return check.fail(C.code, ja.unknownCode(code6));
			if (!isSameMunicipalityName(name, known.name)) return check.fail(C.name, ja.codeNameMismatch(code6, name, known.name));
			const codePrefecture = prefectureOfCode6(code6);
			if (codePrefecture !== prefecture) {
				return check.fail(C.prefecture, prefectureCode(prefecture) != null ? ja.codeOfOtherPrefecture(code6, known.name, codePrefecture ?? '', prefecture) : ja.unknownPrefecture(prefecture));
			}
		}
		if (!check.first(code6, C.code, ja.duplicateCode)) return;
		if (figures) out.rows.push({ ...figures, code6 });
	});
}

export function validatePrefectural(file: string, rows: RawRow[], releaseDate?: string, columns: typeof PREFECTURAL_COLUMNS | typeof PREFECTURAL_HELD_COLUMNS = PREFECTURAL_COLUMNS): TableValidation<PrefecturalRow> {
	const C = columns;
	return validateRows<PrefecturalRow>(file, rows, (row, check, out) => {
		const figures = check.figures(row, C, releaseDate, true);
		const prefecture = (row[C.prefecture] ?? '').trim();
		const prefCode = prefectureCode(prefecture);
		if (prefCode == null) return check.fail(C.prefecture, ja.unknownPrefecture(prefecture));
		if (!check.first(prefecture, C.prefecture, ja.duplicatePrefecture)) return;
		if (figures) out.rows.push({ ...figures, prefecture, prefCode });
	});
}

export function validateByKind(file: string, rows: RawRow[], releaseDate?: string): TableValidation<ByKindRow> {
	const C = BY_KIND_COLUMNS;
	return validateRows<ByKindRow>(
		file,
		rows,
		(row, check, out) => {
			const figures = check.figures(row, C, releaseDate);
			const kind = (row[C.kind] ?? '').trim();
			if (!(BY_KIND_LABELS as readonly string[]).includes(kind)) return check.fail(C.kind, ja.unknownKind(kind, BY_KIND_LABELS));
			if (!check.first(kind, C.kind, ja.duplicatePrefecture)) return;
			if (figures) out.rows.push({ ...figures, kind });
		},
		// Every national comparison reads the 全国 row.
		(check, out) => {
			if (rows.length && !check.seen.has('全国')) out.errors.push(ja.fileError(file, ja.missingNationalRow));
		}
	);
}

export function validateDemographics(file: string, rows: RawRow[], releaseDate?: string): TableValidation<DemographicRow> {
	const C = DEMOGRAPHIC_COLUMNS;
	const bySex = [
		['男', C.populationMale, C.cardsMale],
		['女', C.populationFemale, C.cardsFemale],
		['計', C.populationTotal, C.cardsTotal]
	] as const;
	return validateRows<DemographicRow>(file, rows, (row, check, out) => {
		const date = check.date(row, C.releaseDate, releaseDate);
		const populationBaseDate = check.date(row, C.populationBaseDate);
		const cardsBaseDate = check.date(row, C.cardsBaseDate);
		if (populationBaseDate && date && populationBaseDate > date) check.fail(C.populationBaseDate, ja.populationBaseAfterRelease(populationBaseDate, date));
		const ageBand = (row[C.ageBand] ?? '').trim();
		if (!isAgeBand(ageBand)) return check.fail(C.ageBand, ja.badAgeBand(ageBand));
		if (!check.first(ageBand, C.ageBand, ja.duplicatePrefecture)) return;
		for (const [sex, popColumn, cardsColumn] of bySex) {
			const population = check.count(row, popColumn);
			const cards = check.count(row, cardsColumn);
			if (population != null && cards != null && cards > population) {
				check.fail(cardsColumn, ja.exceedsPopulation(population));
				continue;
			}
			if (date && populationBaseDate && cardsBaseDate && population != null && cards != null) {
				out.rows.push({ releaseDate: date, ageBand, sex, population, cards, populationBaseDate, cardsBaseDate });
			}
		}
	});
}

export { PREFECTURES };
