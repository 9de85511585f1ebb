/**
 * Importing releases in the browser: the same parsing and validation as `npm run import`, then
 * an all-or-nothing insert into DuckDB-wasm (one transaction) and a copy in IndexedDB.
 */
import type { BrowserEngine } from './browser-engine';
import { parseImportFile, type ParsedFile } from '../import/parse-file';
import { ImportFileError } from '../import/decode-text';
import { releaseTables, type TableRows } from '../import/release-tables';
import { toPublishedCsv } from '../import/published-csv';
import { MunicipalityMaster, type MunicipalityMasterEntry } from '../domain/validate-release';
import { SOURCE_FILE_OF_KIND, type TableKind } from '../domain/issuance-tables';
import { toCanonicalCsv } from '../domain/canonical-csv';
import { TABLES, readCsvSql, type TableName } from '../sql/schema';
import { listStoredReleases, putStoredRelease, type StoredRelease } from './imported-store';

export interface PreparedRelease {
	releaseDate: string;
	files: ParsedFile[];
	rows: TableRows;
	populationBaseDate: string | null;
	/** true when the site already holds this release with other figures: the user must confirm. */
	replaces: boolean;
	notes: string[];
}

export interface ImportCheck {
	errors: string[];
	unchanged: string[];
	ready: PreparedRelease[];
}

const REQUIRED_FOR_NEW_RELEASE: TableKind[] = ['municipal', 'prefectural', 'byKind'];

/** Reads a file's bytes, reporting progress for large files. */
export async function readWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
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
	return new MunicipalityMaster(await engine.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities'));
}

/** The figures the site holds for a release, to tell a re-import from a correction. */
async function sameAsHeld(engine: BrowserEngine, releaseDate: string, rows: TableRows): Promise<boolean> {
	const held = await engine.query<{ code6: string; population: number; cards: number }>(
		'SELECT code6, population::INTEGER AS population, cards::INTEGER AS cards FROM municipal_issuance WHERE release_date = $1::DATE ORDER BY code6',
		[releaseDate]
	);
	const incoming = (rows.municipal_issuance ?? []).map((r) => ({ code6: r.code6, population: r.population, cards: r.cards })).sort((a, b) => String(a.code6).localeCompare(String(b.code6)));
	return incoming.length > 0 && JSON.stringify(held) === JSON.stringify(incoming);
}

/** Parses and validates files; nothing is changed yet. */
export async function checkImport(engine: BrowserEngine, files: { name: string; bytes: Uint8Array }[]): Promise<ImportCheck> {
	const check: ImportCheck = { errors: [], unchanged: [], ready: [] };
	const parsed: ParsedFile[] = [];
	for (const file of files) {
		try {
			parsed.push(await parseImportFile(file.name, file.bytes, (text) => engine.readCsvText(text)));
		} catch (error) {
			if (!(error instanceof ImportFileError)) throw error;
			check.errors.push(error.message);
		}
	}
	const byRelease = new Map<string, ParsedFile[]>();
	for (const file of parsed) {
		if (!file.releaseDate) check.errors.push(`${file.fileName} 2行目 算出基準日: 日付として読めません（YYYY/MM/DD 形式が必要です）`);
		else byRelease.set(file.releaseDate, [...(byRelease.get(file.releaseDate) ?? []), file]);
	}
	const known = new Set((await engine.query<{ d: string }>("SELECT strftime(release_date, '%Y-%m-%d') AS d FROM releases")).map((r) => r.d));
	const municipalityMaster = await master(engine);
	for (const [releaseDate, group] of byRelease) {
		const kinds = group.map((f) => f.kind);
		const twice = group.filter((f, i) => kinds.indexOf(f.kind) !== i);
		if (twice.length) {
			check.errors.push(...twice.map((f) => `${f.fileName}: ${releaseDate} の ${SOURCE_FILE_OF_KIND[f.kind]} に当たる表が他のファイルと重複しています`));
			continue;
		}
		const result = releaseTables(releaseDate, group.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows })), municipalityMaster);
		check.errors.push(...result.errors);
		const missingKinds = REQUIRED_FOR_NEW_RELEASE.filter((k) => !kinds.includes(k));
		if (!known.has(releaseDate) && missingKinds.length) {
			check.errors.push(`${releaseDate}: 新しい公表日には ${missingKinds.map((k) => SOURCE_FILE_OF_KIND[k]).join('、')} に当たる表も必要です（市区町村別・都道府県別・団体区分別の3表）`);
			continue;
		}
		if (result.errors.length) continue;
		if (known.has(releaseDate) && (await sameAsHeld(engine, releaseDate, result.rows))) {
			check.unchanged.push(releaseDate);
			continue;
		}
		check.ready.push({ releaseDate, files: group, rows: result.rows, populationBaseDate: result.populationBaseDate, replaces: known.has(releaseDate), notes: result.notes });
	}
	return check;
}

/** Inserts a validated release in one transaction: all of it, or nothing. */
export async function insertRelease(engine: BrowserEngine, release: Pick<PreparedRelease, 'releaseDate' | 'rows' | 'populationBaseDate'>, source: 'browser'): Promise<void> {
	// Dates were validated into ISO form and table names come from the schema: safe to write into SQL.
	for (const date of [release.releaseDate, release.populationBaseDate]) {
		if (date != null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`不正な日付: ${date}`);
	}
	const tables = Object.keys(release.rows) as TableName[];
	const statements: string[] = [];
	for (const table of tables) {
		const name = `import-${release.releaseDate}-${table}.csv`;
		await engine.db.registerFileText(name, toCanonicalCsv(Object.keys(TABLES[table].columns), release.rows[table]!));
		statements.push(`DELETE FROM ${table} WHERE release_date = DATE '${release.releaseDate}'`, `INSERT INTO ${table} ${readCsvSql(table, name)}`);
	}
	// The release's own row changes only with its issuance tables (a holdings-only file leaves it as it was).
	if (tables.includes('municipal_issuance')) {
		const hasDemographics = tables.includes('demographics');
		statements.push(
			`DELETE FROM releases WHERE release_date = DATE '${release.releaseDate}'`,
			`INSERT INTO releases VALUES (DATE '${release.releaseDate}', ${release.populationBaseDate ? `DATE '${release.populationBaseDate}'` : 'NULL'}, '${source}', ${hasDemographics})`
		);
	}
	await engine.transaction(statements);
}

/** Applies checked releases and keeps them in IndexedDB. */
export async function applyImport(engine: BrowserEngine, releases: PreparedRelease[]): Promise<void> {
	for (const release of releases) {
		await insertRelease(engine, release, 'browser');
		const stored: StoredRelease = {
			releaseDate: release.releaseDate,
			files: Object.fromEntries(release.files.map((f) => [f.kind, toPublishedCsv(f)])),
			fileNames: release.files.map((f) => f.fileName),
			importedAt: new Date().toISOString()
		};
		await putStoredRelease(stored);
	}
}

/** At start-up: the releases imported earlier in this browser, validated again and inserted. */
export async function replayStoredReleases(engine: BrowserEngine): Promise<string[]> {
	const problems: string[] = [];
	let stored: StoredRelease[] = [];
	try {
		stored = await listStoredReleases();
	} catch (error) {
		console.error('IndexedDB を読めません', error);
		return problems;
	}
	for (const release of stored) {
		const files = Object.entries(release.files).map(([kind, text]) => ({ name: `${release.releaseDate}/${SOURCE_FILE_OF_KIND[kind as TableKind]}`, bytes: new TextEncoder().encode(text) }));
		const parsed = await Promise.all(files.map((f) => parseImportFile(f.name, f.bytes, (text) => engine.readCsvText(text))));
		const result = releaseTables(release.releaseDate, parsed.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows })), await master(engine));
		if (result.errors.length) {
			problems.push(...result.errors);
			continue;
		}
		await insertRelease(engine, { releaseDate: release.releaseDate, rows: result.rows, populationBaseDate: result.populationBaseDate }, 'browser');
	}
	return problems;
}
