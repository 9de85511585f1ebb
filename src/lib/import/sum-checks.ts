/**
 * Totals checked against the sum of their parts, wherever both are in one file: a municipal
 * table's 合計 and 「北海道 計」 rows, a designated city's row against its wards, a prefecture
 * table's rows against the municipal table's sums per prefecture, and the national block against
 * the 47 prefectures (or every municipality). Population and the measure are counts, so they must
 * add up exactly; rates are never summed.
 */
import { ja } from '../messages/ja';
import { columnLabel, compactText, type BlockKind, type MeaningHeader } from './header-meaning';
import type { TotalScope } from './totals-row';
import type { MeaningTable } from './meaning-tables';

export interface Counted {
	line: number;
	population: number | null;
	cards: number | null;
}
export interface PartRow extends Counted {
	prefecture: string;
	name: string;
}
export interface TotalRow extends Counted {
	scope: TotalScope;
}

export interface MeaningBlock {
	kind: BlockKind;
	header: MeaningHeader;
	/** Data rows (municipalities, or prefectures). */
	parts: PartRow[];
	totals: TotalRow[];
	/** Ward rows of designated cities: checked against their city, never imported. */
	wards: PartRow[];
	table?: MeaningTable;
}

/** A count as published: 「1,234」「１２３４」 or a number cell; null when it is not one. */
export function countOf(text: string): number | null {
	const t = compactText(text).replaceAll(',', '');
	return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : null;
}

const PREFECTURE_COUNT = 47;

export function checkTotals(fileName: string, blocks: MeaningBlock[], notes: string[]): string[] {
	const errors: string[] = [];
	/** `otherwise`: a second set of parts the total may also be (an ambiguous 「計」); the message names the first. */
	const compare = (header: MeaningHeader, total: Counted, parts: Counted[], what: string, otherwise?: Counted[]) => {
		for (const [field, role] of [['population', 'population'], ['cards', header.measure]] as const) {
			const stated = total[field];
			const sumOf = (rows: Counted[]) => (rows.some((p) => p[field] == null) ? null : rows.reduce((s, p) => s + p[field]!, 0));
			const sum = sumOf(parts);
			if (stated == null || sum == null) continue; // an unreadable figure is reported by the validators
			if (sum !== stated && (!otherwise || sumOf(otherwise) !== stated)) errors.push(ja.rowError(fileName, total.line, columnLabel(header.columns[role]!), ja.totalMismatch(what, stated, sum)));
		}
	};
	const municipal = blocks.filter((b) => b.kind === 'municipal');
	const ofPrefecture = (parts: PartRow[], prefecture: string) => parts.filter((p) => p.prefecture === prefecture);

	for (const block of municipal) {
		const cities = new Map<string, PartRow[]>();
		for (const ward of block.wards) cities.set(`${ward.prefecture}\u0000${ward.name}`, [...(cities.get(`${ward.prefecture}\u0000${ward.name}`) ?? []), ward]);
		for (const wards of cities.values()) {
			const { prefecture, name } = wards[0];
			// The city's row is in the same table, or in another municipal table of the sheet (a separate table of wards).
			const city = [block, ...municipal.filter((m) => m !== block && m.header.measure === block.header.measure)]
				.map((m) => m.parts.find((p) => p.prefecture === prefecture && p.name === name))
				.find((p) => p != null);
			if (!city) {
				errors.push(ja.rowError(fileName, wards[0].line, columnLabel(block.header.columns.name!), ja.wardWithoutCity(name)));
				continue;
			}
			compare(block.header, city, wards, name);
			notes.push(ja.wardsChecked(fileName, name, wards.length));
		}
		for (const total of block.totals) {
			const scope = total.scope;
			if (scope.kind === 'national') compare(block.header, total, block.parts, '合計');
			else if (scope.kind === 'prefecture') compare(block.header, total, ofPrefecture(block.parts, scope.prefecture), `${scope.prefecture}計`);
			else compare(block.header, total, ofPrefecture(block.parts, scope.prefecture), `${scope.prefecture}計`, block.parts);
		}
	}

	const prefectural = blocks.filter((b) => b.kind === 'prefectural');
	for (const block of prefectural) {
		for (const total of block.totals) compare(block.header, total, block.parts, '全国');
		for (const part of block.parts) {
			const source = municipal.find((m) => m.header.measure === block.header.measure && ofPrefecture(m.parts, part.prefecture).length > 0);
			if (source) compare(block.header, part, ofPrefecture(source.parts, part.prefecture), part.prefecture);
		}
	}

	for (const block of blocks.filter((b) => b.kind === 'national')) {
		const whole =
			prefectural.find((p) => p.header.measure === block.header.measure && new Set(p.parts.map((r) => r.prefecture)).size === PREFECTURE_COUNT) ??
			municipal.find((m) => m.header.measure === block.header.measure && new Set(m.parts.map((r) => r.prefecture)).size === PREFECTURE_COUNT);
		if (whole) for (const total of block.totals) compare(block.header, total, whole.parts, '全国');
	}
	return errors;
}
