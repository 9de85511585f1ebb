/**
 * Importing releases in the browser: the same parsing and validation as `npm run import`, then
 * an all-or-nothing insert into DuckDB-wasm (one transaction) and a copy in IndexedDB.
 */
import type { BrowserEngine } from '../engine/browser-engine';
import { checkImportSize, type ParsedFile } from '../import/parse-file';
import { ImportFileError } from '../import/decode-text';
import type { TableRows } from '../import/release-tables';
import { checkImportFiles, recheckStoredRelease } from '../import/pipeline';
import { toPublishedCsv } from '../import/published-csv';
import { MunicipalityMaster } from '../domain/validate-release';
import { SOURCE_FILE_OF_KIND, type TableKind } from '../domain/issuance-tables';
import { toCanonicalCsv } from '../domain/canonical-csv';
import { formatSeireki, todayInJapan } from '../domain/release-date';
import { TABLES, type TableName } from '../sql/schema';
import {
	HELD_TABLE_AS_PUBLISHED,
	KNOWN_RELEASES,
	MUNICIPALITY_MASTER,
	replaceReleaseRowStatements,
	replaceTableStatements,
	tableDifferenceSql,
	type DifferenceRow,
	type KnownReleaseRow,
	type MunicipalityMasterRow
} from '../sql/import-queries';
import { ja } from '../messages/ja';
import { RELEASE_MEASURES, type ReleaseMeasureRow } from '../sql/queries';
import { listStoredReleases, putStoredRelease, type StoredRelease } from './imported-store';

export interface PreparedRelease {
	releaseDate: string;
	files: ParsedFile[];
	rows: TableRows;
	populationBaseDate: string | null;
	/** true when the site already holds this release with other figures: the user must confirm. */
	replaces: boolean;
	/** The tables whose figures differ from what the site holds (empty for a new release). */
	changed: TableName[];
	notes: string[];
}

export interface ImportCheck {
	errors: string[];
	/** Row errors counted beyond the ones listed (each table lists its first 100). */
	omittedErrors: number;
	unchanged: string[];
	ready: PreparedRelease[];
}

/** What applying did: releases live in this page, and those that could not be kept in this browser. */
export interface ImportApplied {
	applied: string[];
	unsaved: string[];
}

/** Reads a file's bytes, reporting progress for large files; refuses an oversized file before reading it. */
export async function readWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
	checkImportSize(file.name, file.size);
	const reader = file.stream().getReader();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		received += value.length;
		onProgress(file.size ? received / file.size : 1);
	}
	const bytes = new Uint8Array(received);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}

async function master(engine: BrowserEngine): Promise<MunicipalityMaster> {
	return new MunicipalityMaster(await engine.query<MunicipalityMasterRow>(MUNICIPALITY_MASTER));
}

/** The tables whose incoming rows differ, in either direction, from the rows the site holds for the release. */
async function changedTables(engine: BrowserEngine, releaseDate: string, rows: TableRows): Promise<TableName[]> {
	const changed: TableName[] = [];
	for (const table of Object.keys(rows) as TableName[]) {
		const name = `compare-${releaseDate}-${table}.csv`;
		await engine.db.registerFileText(name, toCanonicalCsv(Object.keys(TABLES[table].columns), rows[table]!));
		try {
			const [difference] = await engine.query<DifferenceRow>(tableDifferenceSql(table, name), [releaseDate]);
			if (difference.n > 0) changed.push(table);
		} finally {
			await engine.db.dropFile(name);
		}
	}
	return changed;
}

/** Parses and validates files (the one import pipeline, as `npm run import`); nothing is changed yet. */
export async function checkImport(engine: BrowserEngine, files: { name: string; bytes: Uint8Array }[], today = todayInJapan()): Promise<ImportCheck> {
	const check: ImportCheck = { errors: [], omittedErrors: 0, unchanged: [], ready: [] };
	const known = new Set((await engine.query<KnownReleaseRow>(KNOWN_RELEASES)).map((r) => r.d));
	// A release of cards held alone has no row in `releases`: it is known to files of cards held.
	const knownHeld = new Set((await engine.query<ReleaseMeasureRow>(RELEASE_MEASURES)).filter((r) => r.held).map((r) => r.release_date));
	const checked = await checkImportFiles(files, {
		readCsv: (text) => engine.readCsvText(text),
		master: await master(engine),
		today,
		isKnown: (releaseDate, group) => known.has(releaseDate) || (knownHeld.has(releaseDate) && group.every((f) => f.kind === 'municipalHeld' || f.kind === 'prefecturalHeld')),
		// A correction of some tables is checked with the others the page holds (totals against parts).
		heldTables: async (releaseDate, kinds) => {
			const held = [];
			for (const kind of kinds) {
				const sql = HELD_TABLE_AS_PUBLISHED[kind];
				if (!sql) continue;
				const rows = await engine.query<Record<string, string | null>>(sql, [releaseDate]);
				if (rows.length) held.push({ label: ja.heldTableLabel(formatSeireki(releaseDate), SOURCE_FILE_OF_KIND[kind]), kind, header: Object.keys(rows[0]), rows });
			}
			return held;
		}
	});
	for (const detail of checked.details) console.error(detail);
	check.errors.push(...checked.errors);
	check.omittedErrors += checked.omitted;
	for (const release of checked.releases) {
		const { releaseDate, files: group, tables, known: isKnown, notes } = release;
		const changed = isKnown ? await changedTables(engine, releaseDate, tables.rows) : [];
		if (isKnown && changed.length === 0) {
			check.unchanged.push(releaseDate);
			continue;
		}
		check.ready.push({ releaseDate, files: group, rows: tables.rows, populationBaseDate: tables.populationBaseDate, replaces: isKnown, changed, notes });
	}
	return check;
}

type InsertableRelease = Pick<PreparedRelease, 'releaseDate' | 'rows' | 'populationBaseDate'>;

/** Inserts validated releases in one transaction: all of them, or nothing. */
export async function insertReleases(engine: BrowserEngine, releases: InsertableRelease[], source: 'browser'): Promise<void> {
	const statements: string[] = [];
	const files: string[] = [];
	try {
		for (const release of releases) {
			// Dates were validated into ISO form (the statements check again) and table names come from the schema.
			const tables = Object.keys(release.rows) as TableName[];
			for (const table of tables) {
				const name = `import-${release.releaseDate}-${table}.csv`;
				await engine.db.registerFileText(name, toCanonicalCsv(Object.keys(TABLES[table].columns), release.rows[table]!));
				files.push(name);
				statements.push(...replaceTableStatements(table, release.releaseDate, name));
			}
			// The release's own row changes only with its issuance tables (a holdings-only file leaves it as it was).
			if (tables.includes('municipal_issuance')) {
				statements.push(...replaceReleaseRowStatements(release.releaseDate, release.populationBaseDate, source, tables.includes('demographics')));
			}
		}
		await engine.transaction(statements);
	} finally {
		for (const name of files) await engine.db.dropFile(name);
	}
}

/**
 * Applies checked releases, all in one transaction (DuckDB refusing any of them applies none:
 * ImportFileError, in Japanese), then keeps each in IndexedDB; one IndexedDB cannot keep is live
 * in this page only, and said so.
 */
export async function applyImport(engine: BrowserEngine, releases: PreparedRelease[]): Promise<ImportApplied> {
	const outcome: ImportApplied = { applied: [], unsaved: [] };
	try {
		await insertReleases(engine, releases, 'browser');
	} catch (error) {
		throw new ImportFileError(ja.importInsertFailed(releases.map((r) => formatSeireki(r.releaseDate)).join('、')), error);
	}
	for (const release of releases) {
		outcome.applied.push(release.releaseDate);
		const stored: StoredRelease = {
			releaseDate: release.releaseDate,
			files: Object.fromEntries(release.files.map((f) => [f.kind, toPublishedCsv(f)])),
			fileNames: release.files.map((f) => f.fileName),
			importedAt: new Date().toISOString()
		};
		try {
			await putStoredRelease(stored);
		} catch (error) {
			console.error('IndexedDB に保存できません', error);
			outcome.unsaved.push(release.releaseDate);
		}
	}
	return outcome;
}

/** A stored record as IndexedDB gave it: anything may be there (an older version, another tab, a broken disk). */
function storedFiles(record: unknown): { releaseDate: string; files: [TableKind, string][] } | null {
	const r = record as Partial<StoredRelease> | null;
	if (!r || typeof r.releaseDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.releaseDate) || !r.files || typeof r.files !== 'object') return null;
	const files = Object.entries(r.files);
	if (files.length === 0 || files.some(([kind, text]) => !(kind in SOURCE_FILE_OF_KIND) || typeof text !== 'string')) return null;
	return { releaseDate: r.releaseDate, files: files as [TableKind, string][] };
}

/** At start-up: the releases imported earlier in this browser, validated again and inserted; a bad one is skipped and named. */
export async function replayStoredReleases(engine: BrowserEngine, storedReleases: Promise<unknown[]> = listStoredReleases()): Promise<string[]> {
	const problems: string[] = [];
	let stored: unknown[] = [];
	try {
		stored = await storedReleases;
	} catch (error) {
		console.error('IndexedDB を読めません', error);
		return [ja.storedReleasesUnreadable];
	}
	if (!stored.length) return problems;
	const municipalityMaster = await master(engine);
	for (const record of stored) {
		const release = storedFiles(record);
		const key = (record as { releaseDate?: unknown } | null)?.releaseDate;
		const label = typeof key === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key) ? formatSeireki(key) : '（日付不明）';
		try {
			if (!release) throw new Error('record shape');
			const result = await recheckStoredRelease(release.releaseDate, release.files, { readCsv: (text) => engine.readCsvText(text), master: municipalityMaster });
			if (result.errors.length) {
				problems.push(ja.storedReleaseSkipped(label), ...result.errors.slice(0, 10));
				continue;
			}
			await insertReleases(engine, [{ releaseDate: release.releaseDate, rows: result.rows, populationBaseDate: result.populationBaseDate }], 'browser');
		} catch (error) {
			console.error('保存されていた取り込みを復元できません', record, error);
			problems.push(ja.storedReleaseSkipped(label));
		}
	}
	return problems;
}
