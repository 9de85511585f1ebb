/**
 * A company list made in Excel (CSV in UTF-8 or Shift_JIS, or XLSX) to company rows, all or
 * nothing: columns are found by meaning (企業名 or 事業所名, 所在市町村, …, wherever the header row
 * is), every cell is checked, and any bad row refuses the file with messages naming file, row and
 * column, as the release import does (decode-text.ts, csv-grid.ts, xlsx-grid.ts).
 */
import { cellText } from '../import/sheet-table';
import { decodeCsvBytes, ImportFileError, looksLikeZip } from '../import/decode-text';
import { checkCsvShape } from '../import/csv-shape';
import { csvRecords } from '../import/csv-grid';
import { xlsxGrid } from '../import/xlsx-grid';
import { formatMiB, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../import/limits';
import { COMPANY_STATUSES, type Company, type CompanyStatus } from './companies';
import { ja } from '../messages/ja';
import { PREFECTURES } from '../domain/prefectures';

export type CompanyFields = Pick<Company, 'name' | 'code6' | 'employees' | 'contact' | 'period' | 'status' | 'deskCode6'>;
export interface ImportedCompany extends CompanyFields {
	/** The line of the file it came from. */
	line: number;
}

type Field = 'name' | 'code6' | 'employees' | 'contact' | 'period' | 'status' | 'deskCode6';

/** Header names by meaning, compared after NFKC, without spaces and without a bracketed note (「従業員数（人）」). */
export const COMPANY_HEADERS: Record<Field, { label: string; names: string[] }> = {
	name: { label: '企業名', names: ['企業名', '事業所名', '会社名', '企業等', '企業等名', '企業・団体名', '団体名', '事業者名', '法人名', '名称'] },
	code6: { label: '所在市町村', names: ['所在市町村', '所在市町村名', '市町村', '市町村名', '所在地', '事業所所在地', '所在地市町村'] },
	employees: { label: '従業員数', names: ['従業員数', '従業者数', '社員数', '職員数', '従業員', '人数', '従業員数人'] },
	contact: { label: '連絡先・備考', names: ['連絡先', '備考', '連絡先・備考', '連絡先/備考', '連絡先備考', '担当者', '連絡メモ', 'メモ'] },
	period: { label: '希望時期', names: ['希望時期', '希望日', '希望期間', '実施希望時期', '実施希望日', '時期'] },
	status: { label: '状況', names: ['状況', '状態', '進捗', '進捗状況', 'ステータス'] },
	deskCode6: { label: '担当市町村', names: ['担当市町村', '実施市町村', '受付市町村', '担当市町村名'] }
};
const REQUIRED: Field[] = ['name', 'code6'];
const MAX_NAME = 200;
const MAX_NOTE = 2_000;
const MAX_PERIOD = 200;
const MAX_PROBLEMS = 10;

/** A header cell as compared: NFKC, no spaces, no bracketed note. Shared by every list read by meaning. */
export const normalizeHeader = (text: string) =>
	text
		.normalize('NFKC')
		.replace(/[（(【[].*?[）)】\]]/g, '')
		.replace(/\s+/g, '')
		.trim();

const normalize = normalizeHeader;
const FIELD_OF = new Map<string, Field>(Object.entries(COMPANY_HEADERS).flatMap(([field, { names }]) => names.map((n) => [normalize(n), field as Field])));

/** Which column holds which field; contact may come from several (連絡先 and 備考), joined. */
function columnsOf(header: string[]): Map<Field, number[]> {
	const columns = new Map<Field, number[]>();
	header.forEach((name, j) => {
		const field = FIELD_OF.get(normalize(name));
		if (!field) return;
		if (field !== 'contact' && columns.has(field)) return; // the first column of that meaning counts
		columns.set(field, [...(columns.get(field) ?? []), j]);
	});
	return columns;
}

export interface MunicipalityName {
	code6: string;
	name: string;
}

/** Reads a municipality as people write it: 「帯広市」「北海道帯広市」「札幌市中央区…」, or its code (6 or 5 digits). */
export function municipalityReader(municipalities: readonly MunicipalityName[]): (text: string) => string | null {
	const byName = new Map<string, string>();
	for (const m of municipalities) if (!byName.has(m.name)) byName.set(m.name, m.code6);
	const byCode = new Map(municipalities.flatMap((m) => [[m.code6, m.code6] as const, [m.code6.slice(0, 5), m.code6] as const]));
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	return (text) => {
		const t = withoutPrefecture(text.normalize('NFKC').replace(/\s+/g, ''));
		if (byCode.has(t)) return byCode.get(t)!;
		if (byName.has(t)) return byName.get(t)!;
		const prefix = names.find((n) => t.startsWith(n));
		return prefix ? byName.get(prefix)! : null;
	};
}

/** 「長野県松本市」→「松本市」: a leading prefecture name is dropped. */
const withoutPrefecture = (t: string) => {
	const pref = PREFECTURES.find((p) => t.startsWith(p) && t.length > p.length);
	return pref ? t.slice(pref.length) : t;
};

/** Reads the file; throws an ImportFileError listing up to ten problems when anything is wrong. */
export async function parseCompanyFile(fileName: string, bytes: Uint8Array, municipalities: readonly MunicipalityName[]): Promise<ImportedCompany[]> {
	return companiesFromGrid(fileName, await readGrid(fileName, bytes), municipalities);
}

/** A CSV (UTF-8 or Shift_JIS) or XLSX file as rows of trimmed cells with their line numbers, size-checked. */
export async function readGrid(fileName: string, bytes: Uint8Array): Promise<{ line: number; cells: string[] }[]> {
	if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(ja.fileError(fileName, ja.tooLarge(formatMiB(bytes.length), formatMiB(MAX_IMPORT_BYTES))));
	let grid: { line: number; cells: string[] }[];
	if (looksLikeZip(bytes) || /\.xlsx$/i.test(fileName)) {
		grid = (await xlsxGrid(fileName, bytes)).map((row, i) => ({ line: i + 1, cells: row.map(cellText) }));
	} else {
		const { text } = decodeCsvBytes(fileName, bytes);
		checkCsvShape(fileName, text);
		grid = csvRecords(fileName, text).map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) }));
	}
	return grid;
}

export function companiesFromGrid(fileName: string, grid: { line: number; cells: string[] }[], municipalities: readonly MunicipalityName[]): ImportedCompany[] {
	const headerAt = grid.slice(0, 50).findIndex((r) => REQUIRED.every((f) => columnsOf(r.cells).has(f)));
	if (headerAt < 0) {
		const first = grid.find((r) => r.cells.some((c) => c !== ''));
		const found = first ? columnsOf(first.cells) : new Map();
		const missing = REQUIRED.find((f) => !found.has(f));
		throw new ImportFileError(
			first && found.size && missing
				? ja.rowError(fileName, first.line, COMPANY_HEADERS[missing].label, ja.companyMissingColumn(COMPANY_HEADERS[missing].label, COMPANY_HEADERS[missing].names.join('・')))
				: ja.fileError(fileName, ja.companyNoHeader(REQUIRED.map((f) => COMPANY_HEADERS[f].label).join('」「')))
		);
	}
	const header = grid[headerAt].cells;
	const columns = columnsOf(header);
	const codeOf = municipalityReader(municipalities);
	const problems: string[] = [];
	const companies: ImportedCompany[] = [];
	const seen = new Map<string, number>();
	const body = grid.slice(headerAt + 1).filter((r) => r.cells.some((c) => c !== ''));
	if (body.length > MAX_IMPORT_ROWS) throw new ImportFileError(ja.rowProblem(fileName, body[MAX_IMPORT_ROWS].line, ja.tooManyRows(MAX_IMPORT_ROWS)));
	for (const { line, cells } of body) {
		const cell = (f: Field) => (columns.get(f) ?? []).map((j) => cells[j] ?? '').filter((c) => c !== '');
		const problem = (f: Field, text: string) => problems.push(ja.rowError(fileName, line, header[(columns.get(f) ?? [0])[0]] || COMPANY_HEADERS[f].label, text));
		const before = problems.length;
		const name = cell('name').join(' ');
		if (['合計', '総計', '計'].includes(name)) continue;
		if (name === '') problem('name', ja.companyEmptyName);
		else if (name.length > MAX_NAME) problem('name', ja.companyTooLong(MAX_NAME));
		const code6 = codeOf(cell('code6').join(''));
		if (!code6) problem('code6', ja.companyUnknownMunicipality);
		const employeesText = cell('employees').join('').normalize('NFKC').replace(/[,，\s]|人|名$/g, '');
		const employees = employeesText === '' ? null : /^\d{1,8}$/.test(employeesText) ? Number(employeesText) : NaN;
		if (Number.isNaN(employees)) problem('employees', ja.companyBadEmployees);
		const contact = cell('contact').join(' / ');
		if (contact.length > MAX_NOTE) problem('contact', ja.companyTooLong(MAX_NOTE));
		const period = cell('period').join(' ');
		if (period.length > MAX_PERIOD) problem('period', ja.companyTooLong(MAX_PERIOD));
		const statusText = cell('status').join('').normalize('NFKC').replace(/\s+/g, '');
		const status = (statusText === '' ? '打診中' : statusText) as CompanyStatus;
		if (!(COMPANY_STATUSES as readonly string[]).includes(status)) problem('status', ja.companyBadStatus);
		const deskText = cell('deskCode6').join('');
		const deskCode6 = deskText === '' ? '' : codeOf(deskText);
		if (deskCode6 == null) problem('deskCode6', ja.companyUnknownMunicipality);
		if (problems.length > before) continue;
		const key = `${name}\u0000${code6}`;
		const first = seen.get(key);
		if (first != null) {
			problem('name', ja.companyDuplicateRow(first));
			continue;
		}
		seen.set(key, line);
		companies.push({ line, name, code6: code6!, employees, contact, period, status, deskCode6: deskCode6! });
	}
	if (problems.length) throw new ImportFileError(ja.companyImportRefused(fileName, problems.slice(0, MAX_PROBLEMS), Math.max(0, problems.length - MAX_PROBLEMS)));
	if (companies.length === 0) throw new ImportFileError(ja.fileError(fileName, ja.companyNoRows));
	return companies;
}
