/**
 * The XLSX columns of each table the site shows (headers as on screen, in Japanese). The
 * figures are the tables' own (unrounded rates rounded once by the decimal1 kind).
 */
import { column, kindOfSqlType, type XlsxColumn } from './xlsx-columns';
import type { TableRow } from '../map/table-rows';
import type { PrefectureHistoryRow } from '../sql/queries';
import { bandById, type PeerRanks } from '../domain/peer-groups';
import type { LensRow, Lens, PartKey } from '../plan/priority';
import { EVENT_KINDS, type PlanEvent } from '../plan/events';
import { noveltyCost } from '../plan/budget';
import type { SubsidyRule } from '../plan/subsidy-rule';
import { measureById, type MeasureId } from '../map/measures';
import type { MapUnit } from '../map/map-state';

/** The map's table (municipalities or bureaus), with the peer ranks when they are for this release. */
export function mapTableColumns(
	measureId: MeasureId,
	unit: MapUnit,
	releaseDate: string,
	baseDate: string | null,
	peerOf: (code6: string | null) => PeerRanks | undefined
): XlsxColumn<TableRow>[] {
	const measure = measureById(measureId);
	const measureHeader = measure.needsBase && baseDate ? `${measure.label}（${baseDate}から）` : measure.label;
	const figures: XlsxColumn<TableRow>[] = [
		column('公表日', 'date', () => releaseDate),
		column(measureHeader, measure.decimals ? 'decimal1' : 'integer', (r) => r.value),
		column('交付率(%)', 'decimal1', (r) => r.rate),
		column('交付枚数', 'integer', (r) => r.cards),
		column('人口', 'integer', (r) => r.population)
	];
	if (unit === 'bureau') return [column('振興局', 'text', (r) => r.name), ...figures];
	const peer = (f: (p: PeerRanks) => string | number) => (r: TableRow) => {
		const p = peerOf(r.code6);
		return p ? f(p) : null;
	};
	return [
		column('団体コード', 'text', (r) => r.code6),
		column('市町村名', 'text', (r) => r.name),
		column('振興局', 'text', (r) => r.bureau),
		...figures,
		column('種類', 'text', peer((p) => (p.kind === 'city' ? '市区' : '町村'))),
		column('種類内順位（全国）', 'integer', peer((p) => p.kind_rank_national)),
		column('種類内順位（道内）', 'integer', peer((p) => p.kind_rank_prefecture)),
		column('人口規模', 'text', peer((p) => bandById(p.band)?.label ?? p.band)),
		column('人口規模内順位（全国）', 'integer', peer((p) => p.band_rank_national)),
		column('人口規模内順位（道内）', 'integer', peer((p) => p.band_rank_prefecture))
	];
}

/** The 47 prefectures of one release (全国比較, 概要). */
export const prefectureRankingColumns: XlsxColumn<PrefectureHistoryRow>[] = [
	column('順位', 'integer', (r) => r.rank),
	column('都道府県', 'text', (r) => r.prefecture),
	column('公表日', 'date', (r) => r.release_date),
	column('交付率(%)', 'decimal1', (r) => r.rate),
	column('交付枚数', 'integer', (r) => r.cards),
	column('人口', 'integer', (r) => r.population),
	column('全国の交付率(%)', 'decimal1', (r) => r.national_rate)
];

/** The planner's priority list under one lens: its parts as shown, the score and the reason. */
export function priorityColumns(lens: Lens, parts: readonly PartKey[]): XlsxColumn<LensRow>[] {
	const part: Record<PartKey, XlsxColumn<LensRow>> = {
		withoutCard: column('未取得の人数', 'integer', (r) => r.without_card),
		size: column('人口', 'integer', (r) => r.population),
		employees: column('登録企業の従業員数', 'integer', (r) => r.employees),
		gapBelowNation: column('全国との差(ポイント)', 'decimal1', (r) => r.gap_national),
		slowdown: column('鈍化(%)', 'integer', (r) => Math.round((r.parts.slowdown ?? 0) * 100))
	};
	return [
		column('見方', 'text', () => (lens === 'corporate' ? '企業等への出張申請' : '庁舎外での出張申請')),
		column('順', 'integer', (r) => r.rank),
		column('団体コード', 'text', (r) => r.code6),
		column('市町村', 'text', (r) => r.name),
		column('振興局', 'text', (r) => r.bureau),
		column('優先度(点)', 'decimal1', (r) => r.score),
		...parts.map((k) => part[k]),
		column('なぜ上位か', 'text', (r) => r.reason)
	];
}

/** Outreach events, as the CSV has them. */
export function eventColumns(nameOf: (code6: string) => string, bureauOf: (code6: string) => string, rule: SubsidyRule): XlsxColumn<PlanEvent>[] {
	return [
		column('日付', 'date', (e) => e.date),
		column('開始時刻', 'text', (e) => e.time),
		column('終了時刻', 'text', (e) => e.endTime),
		column('振興局', 'text', (e) => bureauOf(e.code6)),
		column('市町村', 'text', (e) => nameOf(e.code6)),
		column('種類', 'text', (e) => EVENT_KINDS[e.kind]),
		column('状況', 'text', (e) => e.status),
		column('企業等', 'text', (e) => e.company),
		column('場所', 'text', (e) => e.site),
		column('会場', 'text', (e) => e.venue),
		column('ノベルティ', 'text', (e) => e.product),
		column('単価(円)', 'integer', (e) => e.unitCost),
		column('数量', 'integer', (e) => e.quantity),
		column('費用(円)', 'integer', (e) => noveltyCost(e, rule).total),
		column('国の補助(円)', 'integer', (e) => noveltyCost(e, rule).subsidy),
		column('市町村負担(円)', 'integer', (e) => noveltyCost(e, rule).local),
		column('見込み申請数', 'integer', (e) => e.expected),
		column('実績申請数', 'integer', (e) => e.actual),
		column('連絡メモ', 'text', (e) => e.contact, 30)
	];
}

/** 探索's result: one column per result column, its kind from DuckDB's type. */
export function sqlResultColumns(columns: readonly { name: string; type: string }[]): XlsxColumn<readonly (string | number | boolean | null)[]>[] {
	return columns.map((c, i) => column(c.name, kindOfSqlType(c.type), (row) => row[i]));
}
