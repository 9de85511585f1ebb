/** The measures the uptake map can show, with how each is labelled, formatted and coloured. */
import { formatInteger, formatPoints, formatRate } from '../domain/format';
import type { MunicipalMeasureRow } from '../sql/queries';

export type MeasureId = 'rate' | 'cards' | 'without_card' | 'rate_change' | 'cards_change' | 'gap_national' | 'gap_hokkaido';
export type MeasureRow = Pick<MunicipalMeasureRow, MeasureId>;

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
}

const count = (unit: string) => (v: number) => `${formatInteger(v)}${unit}`;
const signedCount = (unit: string) => (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatInteger(Math.abs(v))}${unit}`;

export const MEASURES: readonly Measure[] = [
	{ id: 'rate', label: '交付率', legendTitle: '交付率（%）', scale: 'sequential', needsBase: false, format: formatRate, decimals: 1 },
	{ id: 'cards', label: '交付枚数', legendTitle: '交付枚数（枚）', scale: 'sequential', needsBase: false, format: count('枚'), decimals: 0 },
	{ id: 'without_card', label: '未取得の人数', legendTitle: '未取得の人数（人口−交付枚数、人）', scale: 'sequential', needsBase: false, format: count('人'), decimals: 0 },
	{ id: 'rate_change', label: '交付率の変化', legendTitle: '交付率の変化（ポイント）', scale: 'sequential', needsBase: true, format: formatPoints, decimals: 1 },
	{ id: 'cards_change', label: '交付枚数の増加', legendTitle: '交付枚数の増加（枚）', scale: 'sequential', needsBase: true, format: signedCount('枚'), decimals: 0 },
	{ id: 'gap_national', label: '全国交付率との差', legendTitle: '全国交付率との差（ポイント）', scale: 'diverging', needsBase: false, format: formatPoints, decimals: 1 },
	{ id: 'gap_hokkaido', label: '北海道交付率との差', legendTitle: '北海道交付率との差（ポイント）', scale: 'diverging', needsBase: false, format: formatPoints, decimals: 1 }
];

export const MEASURE_IDS = MEASURES.map((m) => m.id);

export function measureById(id: MeasureId): Measure {
	return MEASURES.find((m) => m.id === id) ?? MEASURES[0];
}

export function measureValue(row: MeasureRow | undefined, id: MeasureId): number | null {
	const value = row?.[id];
	return value == null || !Number.isFinite(value) ? null : value;
}
