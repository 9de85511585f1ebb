/**
 * A spreadsheet's grid to a recognised table: the header row is found wherever it is (title and
 * blank rows above it are skipped), a totals row (合計) is dropped, and every cell becomes the
 * text the validators read, whether the workbook stored it as a number, text or date.
 */
import { recognizeTable, type TableKind } from '../domain/issuance-tables';
import type { RawRow } from '../domain/validate-release';

/** The spreadsheet line of each row travels with it, so messages name the right line. */
export const LINE_KEY = '#line';

export interface RecognizedTable {
	kind: TableKind;
	header: string[];
	rows: RawRow[];
	/** The spreadsheet line the header was found on (1 for a CSV). */
	headerLine?: number;
}

const TOTAL_LABELS = new Set(['合計', '総計', '計']);

export function cellText(value: unknown): string {
	if (value == null) return '';
	if (value instanceof Date) {
		const y = value.getUTCFullYear();
		return `${y}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${String(value.getUTCDate()).padStart(2, '0')}`;
	}
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
	return String(value).trim();
}

export function tableFromGrid(grid: unknown[][]): RecognizedTable | null {
	for (let h = 0; h < Math.min(grid.length, 50); h++) {
		const header = grid[h].map(cellText);
		const kind = recognizeTable(header);
		if (!kind) continue;
		const rows: RawRow[] = [];
		for (let i = h + 1; i < grid.length; i++) {
			const cells = grid[i].map(cellText);
			if (cells.every((c) => c === '')) continue;
			if (cells.some((c) => TOTAL_LABELS.has(c))) continue;
			const row: RawRow = { [LINE_KEY]: String(i + 1) };
			header.forEach((name, j) => name && (row[name] = cells[j] ?? ''));
			rows.push(row);
		}
		return { kind, header, rows, headerLine: h + 1 };
	}
	return null;
}
