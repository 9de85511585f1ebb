/** Reads and validates every release's tables into rows shaped like the documented tables. */
import type { NodeEngine } from '../../src/lib/server/node-engine';
import { code6FromCode5, NORTHERN_TERRITORIES_CODE5 } from '../../src/lib/domain/municipality-code';
import { prefectureCode } from '../../src/lib/domain/prefectures';
import { recognizeTable, type TableKind } from '../../src/lib/domain/issuance-tables';
import { MunicipalityMaster, missingColumns } from '../../src/lib/domain/validate-release';
import { releaseTables, type ReleaseTableInput } from '../../src/lib/import/release-tables';
import { ja } from '../../src/lib/messages/ja';
import type { TableName } from '../../src/lib/sql/schema';
import { resolveSource, type SourceFile } from './sources';
import { readCsvAsText } from './read-table';

export type TableRows = Record<TableName, Record<string, unknown>[]>;

/** A release given as local files in the published layout (e.g. from `npm run import`), by table kind. */
export interface ReleaseInput {
	release: string;
	source: string;
	files: Partial<Record<TableKind, string>>;
}

export interface MasterSeed {
	code5: string;
	prefecture: string;
	name: string;
	bureau: string | null;
}

const RELEASE_KINDS: TableKind[] = ['municipal', 'prefectural', 'byKind', 'demographics', 'municipalHeld', 'prefecturalHeld'];

export function masterRows(masterSeeds: MasterSeed[]) {
	return masterSeeds.filter((m) => !NORTHERN_TERRITORIES_CODE5.has(m.code5)).map((m) => ({
		code6: code6FromCode5(m.code5),
		code5: m.code5,
		name: m.name,
		prefecture: m.prefecture,
		pref_code: prefectureCode(m.prefecture),
		bureau: m.prefecture === '北海道' ? m.bureau : null
	}));
}

/** The mirror's releases, with imported files replacing the published table of the same kind. */
export async function releaseInputs(files: SourceFile[], extraReleases: ReleaseInput[]): Promise<ReleaseInput[]> {
	const releases: ReleaseInput[] = [];
	for (const file of files) {
		if (!file.release) continue;
		let entry = releases.find((r) => r.release === file.release);
		if (!entry) releases.push((entry = { release: file.release, source: 'mic', files: {} }));
		entry.files[file.kind as TableKind] = await resolveSource(file);
	}
	for (const extra of extraReleases) {
		const entry = releases.find((r) => r.release === extra.release);
		if (entry) Object.assign(entry, { source: extra.source, files: { ...entry.files, ...extra.files } });
		else releases.push(extra);
	}
	return releases.sort((a, b) => a.release.localeCompare(b.release));
}

/** The published CSV of one table, read with DuckDB's read_csv, recognised from its header. */
export async function readReleaseTable(engine: NodeEngine, path: string, expected: TableKind): Promise<ReleaseTableInput | string> {
	const label = path.split('/').slice(-2).join('/');
	const { header, rows } = await readCsvAsText(engine, path);
	const kind = recognizeTable(header);
	if (kind !== expected) return ja.fileError(label, ja.missingColumns(missingColumns(expected, header)));
	return { label, kind, header, rows };
}


export async function collectReleases(
	engine: NodeEngine,
	files: SourceFile[],
	masterSeeds: MasterSeed[],
	extraReleases: ReleaseInput[] = []
): Promise<{ tables: TableRows; notes: string[]; errors: string[] }> {
	const municipalities = masterRows(masterSeeds);
	const master = new MunicipalityMaster(municipalities);
	const tables: TableRows = { releases: [], municipalities: [], municipal_issuance: [], prefectural_issuance: [], national_by_kind: [], municipal_holdings: [], prefectural_holdings: [], demographics: [] };
	const notes: string[] = [];
	const errors: string[] = [];
	const used = new Set<string>();

	for (const release of await releaseInputs(files, extraReleases)) {
		const inputs: ReleaseTableInput[] = [];
		for (const kind of RELEASE_KINDS) {
			const path = release.files[kind];
			if (!path) continue;
			const table = await readReleaseTable(engine, path, kind);
			if (typeof table === 'string') errors.push(table);
			else inputs.push(table);
		}
		const result = releaseTables(release.release, inputs, master);
		errors.push(...result.errors);
		if (result.omittedErrors) errors.push(ja.moreErrors(release.release, result.omittedErrors));
		notes.push(...result.notes);
		for (const [table, rows] of Object.entries(result.rows) as [TableName, Record<string, unknown>[]][]) tables[table].push(...rows);
		for (const row of result.rows.municipal_issuance ?? []) used.add(row.code6 as string);
		// A release's own row comes with its issued tables, as in the browser import: a release of cards
		// held alone (保有枚数, from 2023-06) is listed by RELEASE_MEASURES from its holdings tables.
		if (!result.rows.municipal_issuance?.length) continue;
		tables.releases.push({
			release_date: release.release,
			population_base_date: result.populationBaseDate,
			source: release.source,
			has_demographics: Boolean(release.files.demographics)
		});
	}
	// The master lists only municipalities that appear in the issuance data (N03 also has the Northern Territories).
	tables.municipalities = municipalities.filter((m) => used.has(m.code6));
	return { tables, notes, errors };
}
