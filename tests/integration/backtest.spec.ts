import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../tools/backtest';
import { CHOSEN_MODELS, modelName, REPORTED_BUCKETS } from '../../src/lib/domain/projection-interval';
import { rankModels } from '../../src/lib/domain/backtest';

// On the mirror's 40 releases, out of sample: the interval the app states as 90 % covers about 90 %
// of the published outcomes at every horizon up to half a year, with its width and the rank ranges'
// coverage reported, and the chosen point beats the naive rate trend.
describe('npm run backtest (real data)', () => {
	it('the chosen model covers about 90 % at every horizon and beats the naive trend', async () => {
		const naive = { point: 'naiveRateTrend3' as const, halfLifeDays: null, medianCorrected: false };
		const rows = await runBacktest([CHOSEN_MODELS.prefecture, CHOSEN_MODELS.municipality, naive]);
		for (const level of ['prefecture', 'municipality'] as const) {
			const mine = rows.filter((r) => r.level === level);
			for (const horizonDays of REPORTED_BUCKETS) {
				const chosen = mine.find((r) => r.horizonDays === horizonDays && r.method === modelName(CHOSEN_MODELS[level]))!;
				const other = mine.find((r) => r.horizonDays === horizonDays && r.method === modelName(naive))!;
				expect(chosen.cases, `${level} ≤${horizonDays}`).toBeGreaterThan(1000);
				expect(chosen.coverage, `${level} ≤${horizonDays}`).toBeGreaterThanOrEqual(0.86);
				expect(chosen.coverage, `${level} ≤${horizonDays}`).toBeLessThanOrEqual(0.95);
				expect(chosen.meanAbsErrorPoints).toBeLessThan(other.meanAbsErrorPoints);
				expect(chosen.medianWidthPoints, `${level} ≤${horizonDays}`).toBeGreaterThan(0);
				// The prefectures' rank ranges hold about as often as stated, at every horizon.
				if (level === 'prefecture') {
					expect(chosen.rankCoverage, `ranks ≤${horizonDays}`).toBeGreaterThanOrEqual(0.85);
					expect(chosen.rankCoverage, `ranks ≤${horizonDays}`).toBeLessThanOrEqual(0.98);
				}
			}
			// Of the two calibrations, each level's own ranks first for it.
			const both = mine.filter((r) => r.method !== modelName(naive));
			expect(rankModels(both)[0].method, level).toBe(modelName(CHOSEN_MODELS[level]));
		}
	}, 1_200_000);
});
