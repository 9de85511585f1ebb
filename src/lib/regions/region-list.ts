/**
 * A prefecture's own grouping of its municipalities (地域振興局, 県民局, …), which the releases do not
 * hold: imported by a user from a CSV or XLSX (municipality name or code → region name), read like
 * the company list — header found anywhere, columns by meaning, UTF-8 or Shift_JIS, all or nothing,
 * messages naming file, row and column. Hokkaido's 14 振興局 are built in and need no list. Pure.
 */
import { municipalityReader, normalizeHeader, readGrid, type MunicipalityName } from '../plan/company-import';
import { ImportFileError } from '../import/decode-text';
import { ja } from '../messages/ja';

/** Versioned like a company (one record per prefecture): merged by the same rules when plans meet. */
export interface RegionList {
	id: string;
	prefecture: string;
	/** code6 → region name. */
	regions: Record<string, string>;
	version: number;
	history: string[];
	updatedAt?: string;
}

export const REGION_HEADERS = {
	municipality: { label: '市町村', names: ['市町村', '市町村名', '市区町村', '市区町村名', '団体名', '市町村コード', '団体コード', 'コード'] },
	region: { label: '地域', names: ['地域', '地域名', '振興局', '地域振興局', '県民局', '振興事務所', '地方事務所', '管内', '圏域', '地域区分', '広域'] }
} as const;
type Field = keyof typeof REGION_HEADERS;
const FIELD_OF = new Map<string, Field>(Object.entries(REGION_HEADERS).flatMap(([f, { names }]) => names.map((n) => [normalizeHeader(n), f as Field])));
const MAX_REGION = 40;
const MAX_PROBLEMS = 10;

export const regionListId = (prefecture: string) => `regions-${prefecture}`;

/** The region of a municipality, or '' when the list names none (the municipality stands alone). */
export function regionOf(list: RegionList | null, code6: string): string {
	return list?.regions[code6] ?? '';
}

/** A region accessor for the planner: built-in bureaus first (Hokkaido), else the imported list. */
export function regionAccessor(builtIn: (code6: string) => string, list: RegionList | null): (code6: string) => string {
	return (code6) => builtIn(code6) || regionOf(list, code6);
}

function columnsOf(cells: string[]): Map<Field, number> {
	const columns = new Map<Field, number>();
	cells.forEach((c, j) => {
		const f = FIELD_OF.get(normalizeHeader(c));
		if (f && !columns.has(f)) columns.set(f, j);
	});
	return columns;
}

/** Rows to a region list, all or nothing; every municipality must be one of `municipalities` (the prefecture's). */
export function regionListFromGrid(fileName: string, grid: { line: number; cells: string[] }[], prefecture: string, municipalities: readonly MunicipalityName[]): Omit<RegionList, 'version' | 'history'> {
	const headerAt = grid.slice(0, 50).findIndex((r) => columnsOf(r.cells).size === 2);
	if (headerAt < 0) throw new ImportFileError(ja.fileError(fileName, ja.regionNoHeader(REGION_HEADERS.municipality.label, REGION_HEADERS.region.label)));
	const header = grid[headerAt].cells;
	const columns = columnsOf(header);
	const codeOf = municipalityReader(municipalities);
	const regions: Record<string, string> = {};
	const seen = new Map<string, number>();
	const problems: string[] = [];
	for (const { line, cells } of grid.slice(headerAt + 1).filter((r) => r.cells.some((c) => c !== ''))) {
		const problem = (f: Field, text: string) => problems.push(ja.rowError(fileName, line, header[columns.get(f)!] || REGION_HEADERS[f].label, text));
		const place = (cells[columns.get('municipality')!] ?? '').trim();
		const region = (cells[columns.get('region')!] ?? '').normalize('NFKC').trim();
		const code6 = codeOf(place);
		if (!code6) problem('municipality', ja.regionUnknownMunicipality(prefecture));
		if (region === '') problem('region', ja.regionEmpty);
		else if (region.length > MAX_REGION) problem('region', ja.companyTooLong(MAX_REGION));
		if (!code6 || region === '' || region.length > MAX_REGION) continue;
		const first = seen.get(code6);
		if (first != null && regions[code6] !== region) problem('municipality', ja.regionTwice(first));
		seen.set(code6, line);
		regions[code6] = region;
	}
	if (problems.length) throw new ImportFileError(ja.regionImportRefused(fileName, problems.slice(0, MAX_PROBLEMS), Math.max(0, problems.length - MAX_PROBLEMS)));
	if (seen.size === 0) throw new ImportFileError(ja.fileError(fileName, ja.regionNoRows));
	return { id: regionListId(prefecture), prefecture, regions };
}

/** Reads a region list file (CSV in UTF-8 or Shift_JIS, or XLSX). */
export async function parseRegionFile(fileName: string, bytes: Uint8Array, prefecture: string, municipalities: readonly MunicipalityName[]): Promise<Omit<RegionList, 'version' | 'history'>> {
	return regionListFromGrid(fileName, await readGrid(fileName, bytes), prefecture, municipalities);
}

/** Plan-file check: every code of a region list must be a municipality of the plan's prefecture. */
export function regionListProblems(list: unknown, knownCodes: { has(code: string): boolean }): string[] {
	const x = list as Partial<RegionList> | null;
	if (typeof x !== 'object' || x == null || typeof x.prefecture !== 'string' || typeof x.regions !== 'object' || x.regions == null) return [ja.regionListMalformed];
	const problems: string[] = [];
	for (const [code6, region] of Object.entries(x.regions)) {
		if (!knownCodes.has(code6)) problems.push(ja.regionListUnknownCode(code6, x.prefecture));
		else if (typeof region !== 'string' || region === '' || region.length > MAX_REGION) problems.push(ja.regionListBadName(code6));
	}
	return problems;
}
