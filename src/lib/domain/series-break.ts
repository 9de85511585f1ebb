/**
 * A time series that spans both measures: 交付率 up to 2022, 保有枚数率 from 2023-06. The two are
 * never one line: each measure is its own segment, and the break (the first release of cards held)
 * is where a chart draws its labelled rule.
 */
import type { Metric } from './release-measures';

export interface MetricPoint {
	date: string;
	value: number;
}

export interface MetricSegment<P extends MetricPoint = MetricPoint> {
	metric: Metric;
	points: P[];
}

export interface SplitSeries<P extends MetricPoint = MetricPoint> {
	/** One segment per measure present, issued first; never a segment mixing both. */
	segments: MetricSegment<P>[];
	/** The first date of cards held when both measures are present (where the rule goes), else null. */
	breakDate: string | null;
}

/** The points of each measure in date order, kept apart, and the break between them. */
export function splitAtBreak<P extends MetricPoint>(issued: readonly P[], held: readonly P[]): SplitSeries<P> {
	const byDate = (a: P, b: P) => a.date.localeCompare(b.date);
	const segments: MetricSegment<P>[] = [];
	if (issued.length) segments.push({ metric: 'issued', points: [...issued].sort(byDate) });
	if (held.length) segments.push({ metric: 'held', points: [...held].sort(byDate) });
	const breakDate = issued.length && held.length ? [...held].sort(byDate)[0].date : null;
	return { segments, breakDate };
}

/** The x range a chart of the split series spans (both segments), or null for no points. */
export function seriesDateRange(series: SplitSeries): [string, string] | null {
	const dates = series.segments.flatMap((s) => s.points.map((p) => p.date)).sort();
	return dates.length ? [dates[0], dates.at(-1)!] : null;
}
