/**
 * Backtest of the projection methods: for every cut-off release, project each series to the
 * releases published within the next `horizonDays` and compare with what was published.
 * Errors are absolute, in points of rate.
 */
import { daysBetween, project, type ProjectionMethod, type SeriesPoint } from './projection';

export interface BacktestScore {
	method: ProjectionMethod;
	cases: number;
	meanAbsErrorPoints: number;
	p90AbsErrorPoints: number;
	/** 90th percentile of the absolute error per 30 days of horizon: the projection interval's width. */
	p90AbsErrorPointsPer30Days: number;
}

function percentile90(sorted: number[]): number {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))] : NaN;
}

export function backtest(seriesById: Map<string, SeriesPoint[]>, methods: ProjectionMethod[], horizonDays = 92, minHistory = 3): BacktestScore[] {
	const errors = new Map<ProjectionMethod, number[]>(methods.map((m) => [m, []]));
	const perMonth = new Map<ProjectionMethod, number[]>(methods.map((m) => [m, []]));
	for (const series of seriesById.values()) {
		for (let cut = minHistory - 1; cut < series.length - 1; cut++) {
			const history = series.slice(0, cut + 1);
			for (let j = cut + 1; j < series.length && daysBetween(series[cut].date, series[j].date) <= horizonDays; j++) {
				const actual = (100 * series[j].cards) / series[j].population;
				const months = daysBetween(series[cut].date, series[j].date) / 30;
				for (const method of methods) {
					const error = Math.abs(project(history, series[j].date, method).rate - actual);
					errors.get(method)!.push(error);
					perMonth.get(method)!.push(error / months);
				}
			}
		}
	}
	return methods.map((method) => {
		const e = errors.get(method)!.sort((a, b) => a - b);
		return {
			method,
			cases: e.length,
			meanAbsErrorPoints: e.reduce((s, v) => s + v, 0) / (e.length || 1),
			p90AbsErrorPoints: percentile90(e),
			p90AbsErrorPointsPer30Days: percentile90(perMonth.get(method)!.sort((a, b) => a - b))
		};
	});
}
