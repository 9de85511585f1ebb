/**
 * What a release must contain for every page to be built from it (docs/import.md):
 * - a prefecture table holds all 47 prefectures;
 * - a municipal table holds every municipality of each prefecture it names (checked in
 *   release-tables.ts), and the deployment's own prefecture (SITE_PREFECTURE) is among them;
 * - each prefecture's totals equal the sum of its municipalities, and the 全国 row of the
 *   区分 table equals the sum of the 47 prefectures — in every layout, not only 「公表用」.
 * The same for the tables of cards held (保有枚数). Rules run on validated rows, after row checks
 * pass, by the data build, `npm run import` and the browser import alike.
 */
import { ja } from '../messages/ja';
import { PREFECTURES } from '../domain/prefectures';
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { COLUMNS_OF_KIND, type TableKind } from '../domain/issuance-tables';
import type { MunicipalityMaster, RawRow } from '../domain/validate-release';
import type { TableRows } from './release-tables';

const LINE = '#line';

export interface RuleInput {
	label: string;
	kind: TableKind;
	rows: RawRow[];
}

type Row = Record<string, unknown>;

/** The line a row was read from, by the value of one column (first match), for messages. */
function lineOf(input: RuleInput, column: string, value: string): number {
	const i = input.rows.findIndex((r) => (r[column] ?? '').trim() === value);
	return i < 0 ? 2 : Number(input.rows[i][LINE] ?? i + 2);
}

function sums(rows: Row[], measure: string, prefectureOf: (row: Row) => string | undefined): Map<string, { population: number; cards: number }> {
	const out = new Map<string, { population: number; cards: number }>();
	for (const row of rows) {
		const prefecture = prefectureOf(row);
		if (!prefecture) continue;
		const s = out.get(prefecture) ?? { population: 0, cards: 0 };
		s.population += Number(row.population);
		s.cards += Number(row[measure]);
		out.set(prefecture, s);
	}
	return out;
}

export function releaseRuleErrors(rows: TableRows, inputs: RuleInput[], master: MunicipalityMaster, sitePrefecture: string = SITE_PREFECTURE): string[] {
	const errors: string[] = [];
	const pairs = [
		{ municipal: 'municipal_issuance', prefectural: 'prefectural_issuance', municipalKind: 'municipal', prefecturalKind: 'prefectural', measure: 'cards' },
		{ municipal: 'municipal_holdings', prefectural: 'prefectural_holdings', municipalKind: 'municipalHeld', prefecturalKind: 'prefecturalHeld', measure: 'held_cards' }
	] as const;
	for (const pair of pairs) {
		const municipalInput = inputs.find((i) => i.kind === pair.municipalKind);
		const prefecturalInput = inputs.find((i) => i.kind === pair.prefecturalKind);
		const municipal = rows[pair.municipal];
		const prefectural = rows[pair.prefectural];
		if (municipalInput && municipal) {
			const present = new Set(municipal.map((r) => master.get(r.code6 as string)?.prefecture));
			if (!present.has(sitePrefecture)) errors.push(ja.fileError(municipalInput.label, ja.sitePrefectureMissing(sitePrefecture)));
		}
		if (prefecturalInput && prefectural) {
			const held = new Set(prefectural.map((r) => r.prefecture as string));
			const missing = PREFECTURES.filter((p) => !held.has(p));
			if (missing.length) errors.push(ja.fileError(prefecturalInput.label, ja.prefecturesMissing(missing)));
		}
		if (municipalInput && municipal && prefecturalInput && prefectural) {
			const C = COLUMNS_OF_KIND[pair.prefecturalKind];
			const byPrefecture = sums(municipal, pair.measure, (r) => master.get(r.code6 as string)?.prefecture);
			for (const row of prefectural) {
				const prefecture = row.prefecture as string;
				const sum = byPrefecture.get(prefecture);
				if (!sum) continue; // a partial release: this prefecture's municipalities are not in it
				const line = lineOf(prefecturalInput, C.prefecture, prefecture);
				if (Number(row.population) !== sum.population) errors.push(ja.rowError(prefecturalInput.label, line, C.population, ja.totalMismatch(`${prefecture}の人口`, Number(row.population), sum.population)));
				if (Number(row[pair.measure]) !== sum.cards) errors.push(ja.rowError(prefecturalInput.label, line, C.cards, ja.totalMismatch(`${prefecture}の${C.cards}`, Number(row[pair.measure]), sum.cards)));
			}
		}
	}
	// 全国 in the 区分 table against the 47 prefectures.
	const byKindInput = inputs.find((i) => i.kind === 'byKind');
	const national = rows.national_by_kind?.find((r) => r.kind === '全国');
	const prefectures = rows.prefectural_issuance;
	if (byKindInput && national && prefectures && new Set(prefectures.map((r) => r.prefecture)).size === PREFECTURES.length) {
		const C = COLUMNS_OF_KIND.byKind;
		const line = lineOf(byKindInput, C.kind, '全国');
		const population = prefectures.reduce((s, r) => s + Number(r.population), 0);
		const cards = prefectures.reduce((s, r) => s + Number(r.cards), 0);
		if (Number(national.population) !== population) errors.push(ja.rowError(byKindInput.label, line, C.population, ja.totalMismatch('全国の人口', Number(national.population), population)));
		if (Number(national.cards) !== cards) errors.push(ja.rowError(byKindInput.label, line, C.cards, ja.totalMismatch('全国の交付枚数', Number(national.cards), cards)));
	}
	return errors;
}
