/** The measures the uptake map can show, with how each is labelled, formatted and coloured. */
import { formatInteger, formatPoints, formatRate } from '../domain/format';
import type { MunicipalMeasureRow } from '../sql/queries';
import type { Metric } from '../domain/release-measures';

/** The columns of a view's rows a measure reads (in a view of cards held, `rate` and `cards` are of cards held). */
export type MeasureColumn = 'rate' | 'cards' | 'without_card' | 'rate_change' | 'cards_change' | 'gap_national' | 'gap_hokkaido';
export type MeasureId = MeasureColumn | 'held_rate' | 'held_cards' | 'held_gap_national';
export type MeasureRow = Pick<MunicipalMeasureRow, MeasureColumn>;

export interface Measure {
	id: MeasureId;
	label: string;
	legendTitle: string;
	/** sequential for counts and rates; diverging around 0 for gaps. */
	scale: 'sequential' | 'diverging';
	/** Change measures compare with an earlier release. */
	needsBase: boolean;
	format: (value: number) => string;
	/** Decimals of the class breaks written in the legend. */
	decimals: number;
	/** 交付枚数 (issued) or 保有枚数 (held): which view of the release the measure is read from. */
	metric: Metric;
	/** The column of that view's rows it reads. */
	column: MeasureColumn;
}

const count = (unit: string) => (v: number) => `${formatInteger(v)}${unit}`;
const signedCount = (unit: string) => (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatInteger(Math.abs(v))}${unit}`;

export const MEASURES: readonly Measure[] = [
	{ id: 'rate', label: '交付率', legendTitle: '交付率（%）', scale: 'sequential', needsBase: false, format: formatRate, decimals: 1, metric: 'issued', column: 'rate' },
	{ id: 'cards', label: '交付枚数', legendTitle: '交付枚数（枚）', scale: 'sequential', needsBase: false, format: count('枚'), decimals: 0, metric: 'issued', column: 'cards' },
	{ id: 'without_card', label: '未取得の人数', legendTitle: '未取得の人数（人口−交付枚数、人）', scale: 'sequential', needsBase: false, format: count('人'), decimals: 0, metric: 'issued', column: 'without_card' },
	{ id: 'rate_change', label: '交付率の変化', legendTitle: '交付率の変化（ポイント）', scale: 'sequential', needsBase: true, format: formatPoints, decimals: 1, metric: 'issued', column: 'rate_change' },
	{ id: 'cards_change', label: '交付枚数の増加', legendTitle: '交付枚数の増加（枚）', scale: 'sequential', needsBase: true, format: signedCount('枚'), decimals: 0, metric: 'issued', column: 'cards_change' },
	{ id: 'gap_national', label: '全国交付率との差', legendTitle: '全国交付率との差（ポイント）', scale: 'diverging', needsBase: false, format: formatPoints, decimals: 1, metric: 'issued', column: 'gap_national' },
	// The gap to the rate of the prefecture shown: its name goes in front (measureIn).
	{ id: 'gap_hokkaido', label: '交付率との差', legendTitle: '交付率との差（ポイント）', scale: 'diverging', needsBase: false, format: formatPoints, decimals: 1, metric: 'issued', column: 'gap_hokkaido' },
	// 保有枚数 (from 2023-06): its own measures, read from the release's view of cards held.
	{ id: 'held_rate', label: '保有枚数率', legendTitle: '保有枚数率（%）', scale: 'sequential', needsBase: false, format: formatRate, decimals: 1, metric: 'held', column: 'rate' },
	{ id: 'held_cards', label: '保有枚数', legendTitle: '保有枚数（枚）', scale: 'sequential', needsBase: false, format: count('枚'), decimals: 0, metric: 'held', column: 'cards' },
	{ id: 'held_gap_national', label: '全国保有枚数率との差', legendTitle: '全国保有枚数率との差（ポイント）', scale: 'diverging', needsBase: false, format: formatPoints, decimals: 1, metric: 'held', column: 'gap_national' }
];

export const MEASURE_IDS = MEASURES.map((m) => m.id);

export function measureById(id: MeasureId): Measure {
	return MEASURES.find((m) => m.id === id) ?? MEASURES[0];
}

/** The measure as shown for `prefecture`: the gap to the prefecture's own rate is named after it. */
export function measureIn(id: MeasureId, prefecture: string): Measure {
	const measure = measureById(id);
	return measure.column === 'gap_hokkaido' ? { ...measure, label: `${prefecture}${measure.label}`, legendTitle: `${prefecture}${measure.legendTitle}` } : measure;
}

export function measureValue(row: MeasureRow | undefined, id: MeasureId): number | null {
	const value = row?.[measureById(id).column];
	return value == null || !Number.isFinite(value) ? null : value;
}

/** The measures of a metric (what the measure control offers for a release that has it). */
export function measuresOf(metric: Metric): Measure[] {
	return MEASURES.filter((m) => m.metric === metric);
}

/**
 * The measure shown when the release lacks the one asked for: its twin in the other metric
 * (交付率 ↔ 保有枚数率, 交付枚数 ↔ 保有枚数), else that metric's rate.
 */
export function measureForMetric(id: MeasureId, metric: Metric): MeasureId {
	const measure = measureById(id);
	if (measure.metric === metric) return id;
	return MEASURES.find((m) => m.metric === metric && m.column === measure.column)?.id ?? (metric === 'held' ? 'held_rate' : 'rate');
}
