/**
 * The one release import: files → tables read → names resolved → grouped by release → each
 * release validated (rows, completeness, totals; release-rules.ts) → releases ready to store.
 * `npm run import` (tools/import.ts), the データ page and its start-up replay
 * (client/browser-import.ts) all call this; only where the result goes differs (files under
 * data/imported/, or DuckDB-wasm and IndexedDB). Pure of storage: the engine is reached only
 * through the CSV reader passed in.
 */
import { parseImportFile, parseImportTables, type CsvReader, type ParsedFile } from './parse-file';
import { resolveAllNames } from './match-municipality';
import { ImportFileError } from './decode-text';
import { releaseTables, type ReleaseTableInput, type ReleaseTables } from './release-tables';
import { groupByRelease, missingForNewRelease } from './group-releases';
import type { MunicipalityMaster } from '../domain/validate-release';
import { SOURCE_FILE_OF_KIND, type TableKind } from '../domain/issuance-tables';

/** The tables a release's totals are checked across. */
const COMBINED_KINDS: TableKind[] = ['municipal', 'prefectural', 'byKind', 'municipalHeld', 'prefecturalHeld'];

export interface ImportSource {
	name: string;
	/** The bytes, or a function reading them (the CLI refuses what is not a regular file there). */
	bytes: Uint8Array | (() => Uint8Array);
}

export interface PipelineContext {
	readCsv: CsvReader;
	master: MunicipalityMaster;
	/** The date releases may not be after (ISO). */
	today: string;
	/** Whether the store already holds this release (then a group need not carry every table). */
	isKnown: (releaseDate: string, files: ParsedFile[]) => boolean;
	/** Throws to stop between steps (the CLI's SIGTERM). */
	checkpoint?: () => void;
	/** The deployment's prefecture (release-rules.ts); SITE_PREFECTURE unless a test sets it. */
	sitePrefecture?: string;
	/**
	 * The tables the store holds for a known release (of the kinds asked), as rows under the
	 * published column names: an import of some tables is checked together with the others (a
	 * prefecture's total against its municipalities), as the next build or page will read them.
	 */
	heldTables?: (releaseDate: string, kinds: TableKind[]) => Promise<ReleaseTableInput[]>;
}

export interface CheckedRelease {
	releaseDate: string;
	files: ParsedFile[];
	tables: ReleaseTables;
	known: boolean;
	/** What the import did on the user's behalf, for this release. */
	notes: string[];
}

export interface PipelineOutcome {
	errors: string[];
	/** Technical causes of refusals (console, --verbose). */
	details: unknown[];
	/** Row errors counted beyond those listed. */
	omitted: number;
	notes: string[];
	/** Releases that passed every check, in date order. */
	releases: CheckedRelease[];
}

/** Checks files as one import: nothing is stored; `errors` empty means every release may be stored. */
export async function checkImportFiles(sources: ImportSource[], context: PipelineContext): Promise<PipelineOutcome> {
	const out: PipelineOutcome = { errors: [], details: [], omitted: 0, notes: [], releases: [] };
	const parsed: ParsedFile[] = [];
	for (const source of sources) {
		context.checkpoint?.();
		try {
			const bytes = typeof source.bytes === 'function' ? source.bytes() : source.bytes;
			parsed.push(...(await parseImportTables(source.name, bytes, context.readCsv)));
		} catch (error) {
			if (!(error instanceof ImportFileError)) throw error;
			out.errors.push(error.message);
			if (error.detail != null) out.details.push(error.detail);
		}
	}
	// Rows without a code get theirs from the master by prefecture and name (a name matching nothing or several refuses the file).
	const named = resolveAllNames(parsed, context.master);
	out.errors.push(...named.errors);
	out.omitted += named.omitted;
	out.notes.push(...named.notes);
	const { groups, errors } = groupByRelease(named.files, context.today);
	out.errors.push(...errors);
	for (const [releaseDate, files] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		context.checkpoint?.();
		const tables = releaseTables(
			releaseDate,
			files.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows, columnLabels: f.columnLabels })),
			context.master,
			context.sitePrefecture
		);
		const known = context.isKnown(releaseDate, files);
		if (known && tables.errors.length === 0 && context.heldTables) {
			const others = COMBINED_KINDS.filter((kind) => !files.some((f) => f.kind === kind));
			const heldInputs = others.length ? await context.heldTables(releaseDate, others) : [];
			if (heldInputs.length) {
				const inputs = files.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows, columnLabels: f.columnLabels }));
				tables.errors.push(...releaseTables(releaseDate, [...inputs, ...heldInputs], context.master, context.sitePrefecture).errors);
			}
		}
		out.errors.push(...tables.errors);
		out.omitted += tables.omittedErrors;
		out.notes.push(...tables.notes);
		const missing = known ? null : missingForNewRelease(releaseDate, files);
		if (missing) {
			out.errors.push(missing);
			continue;
		}
		if (tables.errors.length) continue;
		const notes = [...named.notes.filter((n) => files.some((f) => n.startsWith(f.fileName))), ...tables.notes];
		out.releases.push({ releaseDate, files, tables, known, notes });
	}
	return out;
}

/**
 * A release stored earlier (published-layout CSV by table kind), read and validated again as the
 * pipeline reads a new one: the start-up replay in the browser. Throws ImportFileError on a file
 * that no longer reads; row and release problems come back as `errors`.
 */
export async function recheckStoredRelease(releaseDate: string, files: [TableKind, string][], context: Pick<PipelineContext, 'readCsv' | 'master' | 'sitePrefecture'>): Promise<ReleaseTables> {
	const parsed: ParsedFile[] = [];
	for (const [kind, text] of files) parsed.push(await parseImportFile(`${releaseDate}/${SOURCE_FILE_OF_KIND[kind]}`, new TextEncoder().encode(text), context.readCsv));
	return releaseTables(releaseDate, parsed.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows })), context.master, context.sitePrefecture);
}
