/**
 * Backtest of the projection models, out of sample: for every cut-off release, each series is
 * projected to the releases published within the next 184 days, with the interval learned only
 * from outcomes published up to the cut-off, and compared with what was published.
 * Errors are in points of rate, signed as projected minus published (negative: under-projected).
 */
import { daysBetween, type SeriesPoint } from './projection';
import { calibrator, errorCases, modelName, projectWithInterval, REPORTED_BUCKETS, type IntervalModel, type ModelSpec } from './projection-interval';
import { projectRanking, ranksOf } from './projected-ranking';
import { issuanceRate } from './figures';

export interface BucketScore {
	method: string;
	/** The bucket holds horizons above the previous bucket's end up to this many days. */
	horizonDays: number;
	cases: number;
	meanErrorPoints: number;
	meanAbsErrorPoints: number;
	/** Share (0–1) of published outcomes inside the stated 90 % interval. */
	coverage: number;
	/** Median width (points of rate) of the stated 90 % interval. */
	medianWidthPoints: number;
	/** Share (0–1) of published ranks inside the stated rank range (when ranks were checked). */
	rankCoverage?: number;
	/** Median number of ranks the range spans (worst − best + 1). */
	medianRankSpan?: number;
}

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Scores per model and horizon bucket. With `ranks`, the series are ranked together at every
 * cut-off (the 47 prefectures) and the rank ranges are checked against the published ranks.
 */
export function backtest(seriesById: Map<string, SeriesPoint[]>, specs: ModelSpec[], minHistory = 3, ranks = false): BucketScore[] {
	const all = [...seriesById.values()];
	const casesByPoint = new Map<string, ReturnType<typeof errorCases>>();
	const scores: BucketScore[] = [];
	for (const spec of specs) {
		if (!casesByPoint.has(spec.point)) casesByPoint.set(spec.point, errorCases(all, spec.point, minHistory));
		const cases = casesByPoint.get(spec.point)!;
		const models = new Map<string, IntervalModel>();
		const calibrateAt = calibrator(cases, spec);
		const modelAt = (date: string) => {
			let m = models.get(date);
			if (!m) models.set(date, (m = calibrateAt(date)));
			return m;
		};
		const sums = REPORTED_BUCKETS.map(() => ({ cases: 0, error: 0, abs: 0, inside: 0, widths: [] as number[], rankCases: 0, rankInside: 0, spans: [] as number[] }));
		for (const series of all) {
			for (let cut = minHistory - 1; cut < series.length - 1; cut++) {
				const model = modelAt(series[cut].date);
				if (model.buckets.every((b) => b.cases === 0)) continue;
				const history = series.slice(0, cut + 1);
				for (let j = cut + 1; j < series.length; j++) {
					const days = daysBetween(series[cut].date, series[j].date);
					const b = REPORTED_BUCKETS.findIndex((end) => days <= end);
					if (b === -1) break;
					const p = projectWithInterval(history, series[j].date, model);
					const published = issuanceRate(series[j].cards, series[j].population);
					const s = sums[b];
					s.cases++;
					s.error += p.rate - published;
					s.abs += Math.abs(p.rate - published);
					s.widths.push(p.high - p.low);
					if (published >= p.low && published <= p.high) s.inside++;
				}
			}
		}
		if (ranks) {
			// Release dates every series shares (the prefectures are published together).
			const dates = [...new Set(all.flatMap((s) => s.map((p) => p.date)))].filter((d) => all.every((s) => s.some((p) => p.date === d))).sort();
			const ids = [...seriesById.keys()];
			for (let cut = minHistory - 1; cut < dates.length - 1; cut++) {
				const model = modelAt(dates[cut]);
				if (model.buckets.every((b) => b.cases === 0)) continue;
				for (let j = cut + 1; j < dates.length; j++) {
					const b = REPORTED_BUCKETS.findIndex((end) => daysBetween(dates[cut], dates[j]) <= end);
					if (b === -1) break;
					const projected = new Map(projectRanking(seriesById, dates[cut], dates[j], model).map((e) => [e.id, e]));
					const points = ids.map((id) => seriesById.get(id)!.find((p) => p.date === dates[j])!);
					const published = ranksOf(points.map((p) => p.cards / p.population));
					const s = sums[b];
					ids.forEach((id, i) => {
						const e = projected.get(id)!;
						s.rankCases++;
						s.spans.push(e.rankHigh - e.rankLow + 1);
						if (published[i] >= e.rankLow && published[i] <= e.rankHigh) s.rankInside++;
					});
				}
			}
		}
		REPORTED_BUCKETS.forEach((horizonDays, b) => {
			const s = sums[b];
			scores.push({
				method: modelName(spec),
				horizonDays,
				cases: s.cases,
				meanErrorPoints: s.error / (s.cases || 1),
				meanAbsErrorPoints: s.abs / (s.cases || 1),
				coverage: s.inside / (s.cases || 1),
				medianWidthPoints: median(s.widths),
				...(ranks ? { rankCoverage: s.rankInside / (s.rankCases || 1), medianRankSpan: median(s.spans) } : {})
			});
		});
	}
	return scores;
}

/** Coverage first (the worst distance from 90 % over the reported buckets, to the point), then the median width, then the mean absolute error: lower is better. */
export function rankModels(scores: BucketScore[]): { method: string; worstCoverageGap: number; meanWidthPoints: number; meanAbsErrorPoints: number }[] {
	const methods = [...new Set(scores.map((s) => s.method))];
	return methods
		.map((method) => {
			const mine = scores.filter((s) => s.method === method);
			const cases = mine.reduce((n, s) => n + s.cases, 0);
			return {
				method,
				worstCoverageGap: Math.max(...mine.map((s) => Math.abs(s.coverage - 0.9))),
				meanWidthPoints: mine.reduce((n, s) => n + s.medianWidthPoints, 0) / (mine.length || 1),
				meanAbsErrorPoints: mine.reduce((n, s) => n + s.meanAbsErrorPoints * s.cases, 0) / (cases || 1)
			};
		})
		.sort((a, b) => Math.round(a.worstCoverageGap * 100) - Math.round(b.worstCoverageGap * 100) || a.meanWidthPoints - b.meanWidthPoints || a.meanAbsErrorPoints - b.meanAbsErrorPoints);
}
