/**
 * Rows without a municipality code matched to the master by prefecture and name: spaces (also
 * full-width) and full-width forms ignored, variant characters folded on both sides (檮/梼, 髙/高,
 * 﨑/崎, ヶ/ケ, …), and a county or island prefix dropped when the name alone does not match
 * (「茅部郡森町」→ 森町). The prefecture always decides, so 北海道森町 is never 静岡県森町. A name
 * matching nothing, or more than one municipality, is an error naming file, row and column.
 */
import { ja } from '../messages/ja';
import { foldVariants } from '../domain/municipality-code';
import { prefectureCode } from '../domain/prefectures';
import { COLUMNS_OF_KIND } from '../domain/issuance-tables';
import { MAX_LISTED_ERRORS, type MunicipalityMaster, type MunicipalityMasterEntry, type RawRow } from '../domain/validate-release';
import { compactText } from './header-meaning';
import { LINE_KEY, type RecognizedTable } from './sheet-table';

export const nameKey = (name: string) => foldVariants(compactText(name));

export class MunicipalityNameIndex {
	private readonly byKey = new Map<string, MunicipalityMasterEntry[]>();
	constructor(entries: Iterable<MunicipalityMasterEntry>) {
		for (const e of entries) {
			const key = `${e.prefecture}\u0000${nameKey(e.name)}`;
			this.byKey.set(key, [...(this.byKey.get(key) ?? []), e]);
		}
	}

	private lookup(prefecture: string, name: string): MunicipalityMasterEntry[] {
		return this.byKey.get(`${prefecture}\u0000${name}`) ?? [];
	}

	/** The master entries a published name can be: one is a match; none or several is an error. */
	match(prefecture: string, name: string): MunicipalityMasterEntry[] {
		const key = nameKey(name);
		const exact = this.lookup(prefecture, key);
		if (exact.length) return exact;
		// 「茅部郡森町」, 「八丈島八丈町」: the county or island is dropped only when the full name is no municipality.
		for (const prefix of [/^.+?郡(.+)$/, /^.+?島(.+)$/]) {
			const m = prefix.exec(key);
			const found = m ? this.lookup(prefecture, m[1]) : [];
			if (found.length) return found;
		}
		return [];
	}
}

const indexes = new WeakMap<MunicipalityMaster, MunicipalityNameIndex>();
function indexOf(master: MunicipalityMaster): MunicipalityNameIndex {
	let index = indexes.get(master);
	if (!index) indexes.set(master, (index = new MunicipalityNameIndex(master.entries())));
	return index;
}

export interface NamedTable extends RecognizedTable {
	fileName: string;
	columnLabels?: Record<string, string>;
}

export interface NameResolution<T> {
	table: T;
	errors: string[];
	notes: string[];
	/** Errors beyond MAX_LISTED_ERRORS, counted. */
	omitted: number;
}

/** A municipal table's rows without a code, given the master's code and name; other tables pass through. */
export function resolveMunicipalNames<T extends NamedTable>(table: T, master: MunicipalityMaster): NameResolution<T> {
	const out: NameResolution<T> = { table, errors: [], notes: [], omitted: 0 };
	if (table.kind !== 'municipal' && table.kind !== 'municipalHeld') return out;
	const C = COLUMNS_OF_KIND[table.kind];
	if (!table.rows.some((r) => (r[C.code] ?? '').trim() === '')) return out;
	const index = indexOf(master);
	const fail = (row: RawRow, column: string, problem: string) => {
		if (out.errors.length < MAX_LISTED_ERRORS) out.errors.push(ja.rowError(table.fileName, Number(row[LINE_KEY] ?? 0), column, problem));
		else out.omitted++;
	};
	let matched = 0;
	const rows = table.rows.map((row) => {
		if ((row[C.code] ?? '').trim() !== '') return row;
		const prefecture = (row[C.prefecture] ?? '').trim();
		const name = (row[C.name] ?? '').trim();
		if (prefectureCode(prefecture) == null) {
			fail(row, table.columnLabels?.[C.prefecture] ?? C.prefecture, ja.unknownPrefecture(prefecture));
			return row;
		}
		const found = index.match(prefecture, name);
		if (found.length !== 1) {
			const problem = found.length === 0 ? ja.municipalityNotFound(prefecture, name) : ja.municipalityAmbiguous(prefecture, name, found.map((e) => `${e.name}(${e.code6})`));
			fail(row, table.columnLabels?.[C.name] ?? C.name, problem);
			return row;
		}
		matched++;
		return { ...row, [C.code]: found[0].code6, [C.name]: found[0].name };
	});
	out.table = { ...table, rows };
	if (matched) out.notes.push(ja.municipalitiesMatched(table.fileName, matched));
	return out;
}

/** Every parsed table through resolveMunicipalNames: the files ready for validation, and what refused the rest. */
export function resolveAllNames<T extends NamedTable & { notes?: string[] }>(parsed: T[], master: MunicipalityMaster): { files: T[]; errors: string[]; notes: string[]; omitted: number } {
	const out = { files: [] as T[], errors: [] as string[], notes: [] as string[], omitted: 0 };
	const refused = new Set<string>();
	const resolved = parsed.map((file) => {
		const r = resolveMunicipalNames(file, master);
		out.notes.push(...(file.notes ?? []), ...r.notes);
		out.errors.push(...r.errors);
		out.omitted += r.omitted;
		if (r.errors.length) refused.add(file.fileName);
		return r.table;
	});
	// A refused table refuses its whole file: the prefecture table beside it would only add a misleading 「表も必要です」.
	out.files = resolved.filter((f) => !refused.has(f.fileName));
	return out;
}
