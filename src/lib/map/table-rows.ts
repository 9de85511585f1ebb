/** Rows of the table beside the map, and their CSV export: the accessible twin of the map. */
import type { BureauMeasureRow, MunicipalMeasureRow } from '../sql/queries';
import { measureById, measureValue, type MeasureId } from './measures';
import { matchesSearch } from './map-view';
import { roundOneDecimal } from '../domain/figures';
import { toExcelCsv } from '../domain/excel-csv';
import type { MapUnit } from './map-state';
import type { PeerRanks } from '../domain/peer-groups';
import { ja } from '../messages/ja';

export interface TableRow {
	key: string;
	code6: string | null;
	name: string;
	bureau: string;
	value: number | null;
	rate: number;
	cards: number;
	population: number;
	/** Rank among municipalities of the same kind (市区／町村) nationally; null for bureaus or before the ranks of this release arrive. */
	kindRank: number | null;
	kind: 'city' | 'town' | null;
}

export type SortKey = 'name' | 'bureau' | 'value' | 'rate' | 'population' | 'kindRank';

export interface TableQuery {
	unit: MapUnit;
	measure: MeasureId;
	bureau: string | null;
	search: string;
	sort: SortKey;
	descending: boolean;
}

export function tableRows(
	figures: MunicipalMeasureRow[],
	bureaus: BureauMeasureRow[],
	query: TableQuery,
	kanaOf: (code6: string) => string | undefined,
	peerOf: (code6: string) => PeerRanks | undefined = () => undefined
): TableRow[] {
	const rows: TableRow[] =
		query.unit === 'bureau'
			? bureaus.map((b) => ({ key: b.bureau, code6: null, name: b.bureau, bureau: b.bureau, value: measureValue(b, query.measure), rate: b.rate, cards: b.cards, population: b.population, kindRank: null, kind: null }))
			: figures
					.filter((f) => !query.bureau || f.bureau === query.bureau)
					.filter((f) => matchesSearch(query.search, f.name, kanaOf(f.code6)))
					.map((f) => {
						const peer = peerOf(f.code6);
						return { key: f.code6, code6: f.code6, name: f.name, bureau: f.bureau, value: measureValue(f, query.measure), rate: f.rate, cards: f.cards, population: f.population, kindRank: peer?.kind_rank_national ?? null, kind: peer?.kind ?? null };
					});
	const direction = query.descending ? -1 : 1;
	return rows.sort((a, b) => {
		const x = a[query.sort];
		const y = b[query.sort];
		if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1; // missing values last
		const order = typeof x === 'string' ? x.localeCompare(y as string, 'ja') : x - (y as number);
		return order * direction || a.key.localeCompare(b.key);
	});
}

export function tableCsv(rows: TableRow[], measureId: MeasureId, releaseDate: string, baseDate: string | null, unit: MapUnit): string {
	const measure = measureById(measureId);
	const measureHeader = measure.needsBase && baseDate ? `${measure.label}（${baseDate}から）` : measure.label;
	// A view of cards held carries 保有枚数率・保有枚数 in its rate and cards columns: named as such.
	const { rate, cards } = ja.metricLabels[measure.metric];
	const header = unit === 'bureau' ? ['振興局', '公表日', measureHeader, `${rate}(%)`, cards, '人口'] : ['団体コード', '市町村名', '振興局', '公表日', measureHeader, `${rate}(%)`, cards, '人口'];
	const value = (v: number | null) => (v == null ? null : measure.decimals ? Math.round(v * 10) / 10 : v);
	return toExcelCsv(
		header,
		rows.map((r) => {
			const figures = [releaseDate, value(r.value), roundOneDecimal(r.rate), r.cards, r.population];
			return unit === 'bureau' ? [r.name, ...figures] : [r.code6, r.name, r.bureau, ...figures];
		})
	);
}
