/** Reads and validates every release's four tables into rows shaped like the documented tables. */
import type { Topology } from 'topojson-specification';
import type { NodeEngine } from '../../src/lib/server/node-engine';
import { code6FromCode5 } from '../../src/lib/domain/municipality-code';
import { prefectureCode } from '../../src/lib/domain/prefectures';
import { recognizeTable, type TableKind } from '../../src/lib/domain/issuance-tables';
import { ja } from '../../src/lib/messages/ja';
import {
	MunicipalityMaster,
	missingColumns,
	validateByKind,
	validateDemographics,
	validateMunicipal,
	validatePrefectural,
	type TableValidation
} from '../../src/lib/domain/validate-release';
import type { TableName } from '../../src/lib/sql/schema';
import { resolveSource, type SourceFile } from './sources';
import { readCsvAsText } from './read-table';

export type TableRows = Record<TableName, Record<string, unknown>[]>;

/** A release given as local files (from `npm run import`), by table kind. */
export interface ReleaseInput {
	release: string;
	source: string;
	files: Partial<Record<TableKind, string>>;
}

interface MasterSeed {
	code5: string;
	prefecture: string;
	name: string;
	bureau: string | null;
}

const RELEASE_KINDS: TableKind[] = ['municipal', 'prefectural', 'byKind', 'demographics'];

function figuresRow(r: { releaseDate: string; population: number; cards: number; publishedRate: number | null; populationBaseDate: string; cardsBaseDate: string }) {
	return {
		release_date: r.releaseDate,
		population: r.population,
		cards: r.cards,
		published_rate: r.publishedRate,
		population_base_date: r.populationBaseDate,
		cards_base_date: r.cardsBaseDate
	};
}

export async function collectReleases(
	engine: NodeEngine,
	files: SourceFile[],
	masterSeeds: MasterSeed[],
	_hokkaido: Topology,
	extraReleases: ReleaseInput[] = []
): Promise<{ tables: TableRows; notes: string[]; errors: string[] }> {
	const municipalities = masterSeeds.map((m) => ({
		code6: code6FromCode5(m.code5),
		code5: m.code5,
		name: m.name,
		prefecture: m.prefecture,
		pref_code: prefectureCode(m.prefecture),
		bureau: m.prefecture === '北海道' ? m.bureau : null
	}));
	const master = new MunicipalityMaster(municipalities);
	const tables: TableRows = { releases: [], municipalities: [], municipal_issuance: [], prefectural_issuance: [], national_by_kind: [], demographics: [] };
	const notes: string[] = [];
	const errors: string[] = [];

	const releases: ReleaseInput[] = [];
	for (const file of files) {
		if (!file.release) continue;
		let entry = releases.find((r) => r.release === file.release);
		if (!entry) releases.push((entry = { release: file.release, source: 'mic', files: {} }));
		entry.files[file.kind as TableKind] = await resolveSource(file);
	}
	for (const extra of extraReleases) {
		const i = releases.findIndex((r) => r.release === extra.release);
		if (i >= 0) releases.splice(i, 1, extra);
		else releases.push(extra);
	}
	releases.sort((a, b) => a.release.localeCompare(b.release));

	const used = new Set<string>();
	for (const release of releases) {
		let populationBaseDate: string | null = null;
		for (const kind of RELEASE_KINDS) {
			const path = release.files[kind];
			if (!path) continue;
			const label = path.split('/').slice(-2).join('/');
			const { header, rows } = await readCsvAsText(engine, path);
			if (recognizeTable(header) !== kind) {
				errors.push(ja.fileError(label, ja.missingColumns(missingColumns(kind, header))));
				continue;
			}
			let result: TableValidation<unknown>;
			if (kind === 'municipal') {
				const v = validateMunicipal(label, rows, master, release.release);
				for (const r of v.rows) {
					used.add(r.code6);
					tables.municipal_issuance.push({ code6: r.code6, ...figuresRow(r) });
				}
				populationBaseDate = v.rows[0]?.populationBaseDate ?? null;
				result = v;
			} else if (kind === 'prefectural') {
				const v = validatePrefectural(label, rows, release.release);
				for (const r of v.rows) tables.prefectural_issuance.push({ prefecture: r.prefecture, pref_code: r.prefCode, ...figuresRow(r) });
				result = v;
			} else if (kind === 'byKind') {
				const v = validateByKind(label, rows, release.release);
				for (const r of v.rows) tables.national_by_kind.push({ kind: r.kind, ...figuresRow(r) });
				result = v;
			} else {
				const v = validateDemographics(label, rows, release.release);
				for (const r of v.rows) {
					tables.demographics.push({
						release_date: r.releaseDate,
						age_band: r.ageBand,
						sex: r.sex,
						population: r.population,
						cards: r.cards,
						population_base_date: r.populationBaseDate,
						cards_base_date: r.cardsBaseDate
					});
				}
				result = v;
			}
			errors.push(...result.errors);
			notes.push(...result.notes);
		}
		tables.releases.push({
			release_date: release.release,
			population_base_date: populationBaseDate,
			source: release.source,
			has_demographics: Boolean(release.files.demographics)
		});
	}
	// The master lists only municipalities that appear in the issuance data (N03 also has the Northern Territories).
	tables.municipalities = municipalities.filter((m) => used.has(m.code6));
	return { tables, notes, errors };
}
