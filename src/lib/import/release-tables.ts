/**
 * One release's published tables, validated, as rows of the documented tables. Used by the data
 * build, the import CLI and the browser import alike, so a file is judged the same everywhere.
 */
import { ja } from '../messages/ja';
import { COLUMNS_OF_KIND, type TableKind } from '../domain/issuance-tables';
import {
	missingColumns,
	validateByKind,
	validateDemographics,
	validateMunicipal,
	validatePrefectural,
	type MunicipalityMaster,
	type RawRow
} from '../domain/validate-release';
import type { TableName } from '../sql/schema';
import { releaseRuleErrors } from './release-rules';

export interface ReleaseTableInput {
	/** Name shown in messages (e.g. "20220731/all_localgovs.csv"). */
	label: string;
	kind: TableKind;
	header: string[];
	rows: RawRow[];
	/** For a table read by meaning: published column → the sheet's header and letter, used in its messages. */
	columnLabels?: Record<string, string>;
}

/** 「x.xlsx 12行目 保有枚数: …」 → 「x.xlsx 12行目 保有枚数（R7.8末時点）（D列）: …」: a message names the column as the sheet does. */
export function withSheetColumn(message: string, label: string, labels: Record<string, string>): string {
	const prefix = `${label} `;
	if (!message.startsWith(prefix)) return message;
	const m = /^(\d+行目 )([^:]+)(: [\s\S]*)$/.exec(message.slice(prefix.length));
	return m && labels[m[2]] ? `${prefix}${m[1]}${labels[m[2]]}${m[3]}` : message;
}

export type TableRows = Partial<Record<TableName, Record<string, unknown>[]>>;

export interface ReleaseTables {
	rows: TableRows;
	errors: string[];
	notes: string[];
	/** Row errors counted but not listed (each table lists its first MAX_LISTED_ERRORS). */
	omittedErrors: number;
	populationBaseDate: string | null;
}

function figures(r: { releaseDate: string; population: number; cards: number; publishedRate: number | null; populationBaseDate: string; cardsBaseDate: string }) {
	return {
		release_date: r.releaseDate,
		population: r.population,
		cards: r.cards,
		published_rate: r.publishedRate,
		population_base_date: r.populationBaseDate,
		cards_base_date: r.cardsBaseDate
	};
}

/** The same figures under the held-cards column name. */
function heldFigures(r: Parameters<typeof figures>[0]) {
	const { cards, ...rest } = figures(r);
	return { ...rest, held_cards: cards };
}

/** A municipal file must cover every municipality of each prefecture it contains. */
export function missingMunicipalities(label: string, codes: Set<string>, master: MunicipalityMaster, prefectures: Set<string>): string[] {
	const missing = master.entries().filter((m) => prefectures.has(m.prefecture) && !codes.has(m.code6));
	if (missing.length === 0) return [];
	const names = missing.slice(0, 20).map((m) => `${m.prefecture}${m.name}(${m.code6})`);
	return [ja.fileError(label, `${missing.length}団体の行がありません: ${names.join('、')}${missing.length > 20 ? ' ほか' : ''}`)];
}

export function releaseTables(release: string, inputs: ReleaseTableInput[], master: MunicipalityMaster, sitePrefecture?: string): ReleaseTables {
	const out: ReleaseTables = { rows: {}, errors: [], notes: [], omittedErrors: 0, populationBaseDate: null };
	const push = (table: TableName, row: Record<string, unknown>) => (out.rows[table] ??= []).push(row);
	for (const input of inputs) {
		const firstError = out.errors.length;
		tableRows(out, input, release, master, push);
		if (input.columnLabels) for (let i = firstError; i < out.errors.length; i++) out.errors[i] = withSheetColumn(out.errors[i], input.label, input.columnLabels);
	}
	// What the whole release must hold (release-rules.ts), once every row reads.
	if (out.errors.length === 0) {
		const firstError = out.errors.length;
		out.errors.push(...releaseRuleErrors(out.rows, inputs, master, sitePrefecture));
		for (let i = firstError; i < out.errors.length; i++) {
			const input = inputs.find((f) => f.columnLabels && out.errors[i].startsWith(`${f.label} `));
			if (input?.columnLabels) out.errors[i] = withSheetColumn(out.errors[i], input.label, input.columnLabels);
		}
	}
	return out;
}

/** One table's rows, validated, added to the release's tables (its errors and notes too). */
function tableRows(out: ReleaseTables, input: ReleaseTableInput, release: string, master: MunicipalityMaster, push: (table: TableName, row: Record<string, unknown>) => void): void {
	const missing = missingColumns(input.kind, input.header);
	if (missing.length) {
		out.errors.push(ja.fileError(input.label, ja.missingColumns(missing)));
		return;
	}
	if (input.kind === 'municipalHeld') {
		const v = validateMunicipal(input.label, input.rows, master, release, COLUMNS_OF_KIND.municipalHeld);
		for (const r of v.rows) push('municipal_holdings', { code6: r.code6, ...heldFigures(r) });
		// A release of 保有枚数 alone (MIC's monthly file since 2023-06) still says when its population was counted.
		out.populationBaseDate ??= v.rows[0]?.populationBaseDate ?? null;
		const prefectures = new Set(input.rows.map((r) => (r[COLUMNS_OF_KIND.municipalHeld.prefecture] ?? '').trim()));
		if (v.errors.length === 0) out.errors.push(...missingMunicipalities(input.label, new Set(v.rows.map((r) => r.code6)), master, prefectures));
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
		out.notes.push(...v.notes, `${input.label}: 保有枚数の表として取り込みます（交付枚数とは別の指標として保存し、交付率の地図や順位には使いません）`);
	} else if (input.kind === 'prefecturalHeld') {
		const v = validatePrefectural(input.label, input.rows, release, COLUMNS_OF_KIND.prefecturalHeld);
		for (const r of v.rows) push('prefectural_holdings', { prefecture: r.prefecture, pref_code: r.prefCode, ...heldFigures(r) });
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
		out.notes.push(`${input.label}: 保有枚数の表として取り込みます（交付枚数とは別の指標として保存し、交付率の地図や順位には使いません）`);
	} else if (input.kind === 'municipal') {
		const v = validateMunicipal(input.label, input.rows, master, release);
		for (const r of v.rows) push('municipal_issuance', { code6: r.code6, ...figures(r) });
		const prefectures = new Set(input.rows.map((r) => (r[COLUMNS_OF_KIND.municipal.prefecture] ?? '').trim()));
		if (v.errors.length === 0) out.errors.push(...missingMunicipalities(input.label, new Set(v.rows.map((r) => r.code6)), master, prefectures));
		out.populationBaseDate ??= v.rows[0]?.populationBaseDate ?? null;
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
		out.notes.push(...v.notes);
	} else if (input.kind === 'prefectural') {
		const v = validatePrefectural(input.label, input.rows, release);
		for (const r of v.rows) push('prefectural_issuance', { prefecture: r.prefecture, pref_code: r.prefCode, ...figures(r) });
		out.populationBaseDate ??= v.rows[0]?.populationBaseDate ?? null;
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
	} else if (input.kind === 'byKind') {
		const v = validateByKind(input.label, input.rows, release);
		for (const r of v.rows) push('national_by_kind', { kind: r.kind, ...figures(r) });
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
	} else {
		const v = validateDemographics(input.label, input.rows, release);
		for (const r of v.rows) {
			push('demographics', {
				release_date: r.releaseDate,
				age_band: r.ageBand,
				sex: r.sex,
				population: r.population,
				cards: r.cards,
				population_base_date: r.populationBaseDate,
				cards_base_date: r.cardsBaseDate
			});
		}
		out.errors.push(...v.errors);
		out.omittedErrors += v.omitted;
	}
}
