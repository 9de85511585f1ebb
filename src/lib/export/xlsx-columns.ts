/**
 * A table as an Excel sheet: each column says its Japanese header, what kind of value it holds
 * and how to read it off a row. Numbers are written as numbers with a number format, dates
 * ("YYYY-MM-DD") as Excel dates, text as text (never a formula). Pure: the cells it returns are
 * what write-excel-file takes, so the same spec serves every table and is tested in Node.
 */
import { roundOneDecimal } from '../domain/figures';

/**
 * text · integer (#,##0) · decimal1 (a rate or points, rounded once by roundOneDecimal, 0.0) ·
 * decimal (as is, 0.0##) · date (YYYY-MM-DD text → an Excel date, yyyy-mm-dd).
 */
export type XlsxKind = 'text' | 'integer' | 'decimal1' | 'decimal' | 'date';
export type XlsxValue = string | number | boolean | null | undefined;

export interface XlsxColumn<Row> {
	header: string;
	kind: XlsxKind;
	value: (row: Row) => XlsxValue;
	/** Width in characters (Excel's unit); a default from the header otherwise. */
	width?: number;
}

export const XLSX_FORMATS: Record<Exclude<XlsxKind, 'text'>, string> = {
	integer: '#,##0',
	decimal1: '0.0',
	decimal: '0.0##',
	date: 'yyyy-mm-dd'
};

export interface XlsxCell {
	value: string | number | boolean | Date;
	type: StringConstructor | NumberConstructor | BooleanConstructor | DateConstructor;
	format?: string;
	fontWeight?: 'bold';
}

export interface XlsxSheet {
	data: (XlsxCell | null)[][];
	columns: { width: number }[];
}

export function column<Row>(header: string, kind: XlsxKind, value: (row: Row) => XlsxValue, width?: number): XlsxColumn<Row> {
	return { header, kind, value, width };
}

/** "YYYY-MM-DD" as the UTC midnight Excel stores for that day; anything else is null. */
export function isoDate(text: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return null;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : null;
}

export function xlsxCell(kind: XlsxKind, value: XlsxValue): XlsxCell | null {
	if (value == null || value === '') return null;
	if (typeof value === 'boolean') return { value, type: Boolean };
	if (kind === 'text') return { value: String(value), type: String };
	if (kind === 'date') {
		const date = typeof value === 'string' ? isoDate(value) : null;
		return date ? { value: date, type: Date, format: XLSX_FORMATS.date } : { value: String(value), type: String };
	}
	const number = typeof value === 'number' ? value : Number(String(value).replaceAll(',', ''));
	if (!Number.isFinite(number)) return { value: String(value), type: String };
	return { value: kind === 'decimal1' ? roundOneDecimal(number) : number, type: Number, format: XLSX_FORMATS[kind] };
}

function defaultWidth(column: XlsxColumn<unknown>): number {
	const header = [...column.header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
	return Math.max(header + 2, column.kind === 'date' ? 12 : column.kind === 'text' ? 14 : 10);
}

export function xlsxSheet<Row>(rows: readonly Row[], columns: readonly XlsxColumn<Row>[]): XlsxSheet {
	const header: XlsxCell[] = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
	const body = rows.map((row) => columns.map((c) => xlsxCell(c.kind, c.value(row))));
	return { data: [header, ...body], columns: columns.map((c) => ({ width: c.width ?? defaultWidth(c as XlsxColumn<unknown>) })) };
}

/** A result column's type (DuckDB's name or Arrow's, as 探索 gets it) as the kind of an XLSX column. */
export function kindOfSqlType(type: string): XlsxKind {
	const t = type.toUpperCase();
	if (/^DATE/.test(t)) return 'date';
	if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?\d*)$/.test(t)) return 'integer';
	if (/^(DOUBLE|FLOAT|REAL|DECIMAL)/.test(t)) return 'decimal';
	return 'text';
}
