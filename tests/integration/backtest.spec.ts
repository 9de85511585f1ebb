import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../tools/backtest';
import { CHOSEN_MODEL, modelName, REPORTED_BUCKETS } from '../../src/lib/domain/projection-interval';
import { rankModels } from '../../src/lib/domain/backtest';

// On the mirror's 40 releases, out of sample: the interval the app states as 90 % covers about 90 %
// of the published outcomes at every horizon, and the chosen point beats the naive rate trend.
describe('npm run backtest (real data)', () => {
	it('the chosen model covers about 90 % at every horizon and beats the naive trend', async () => {
		const naive = { point: 'naiveRateTrend3' as const, halfLifeDays: null, medianCorrected: false };
		const rows = await runBacktest([CHOSEN_MODEL, naive]);
		for (const level of ['prefecture', 'municipality'] as const) {
			for (const horizonDays of REPORTED_BUCKETS) {
				const chosen = rows.find((r) => r.level === level && r.horizonDays === horizonDays && r.method === modelName(CHOSEN_MODEL))!;
				const other = rows.find((r) => r.level === level && r.horizonDays === horizonDays && r.method === modelName(naive))!;
				expect(chosen.cases, `${level} ≤${horizonDays}`).toBeGreaterThan(1000);
				expect(chosen.coverage, `${level} ≤${horizonDays}`).toBeGreaterThanOrEqual(0.8);
				expect(chosen.coverage, `${level} ≤${horizonDays}`).toBeLessThanOrEqual(0.97);
				expect(chosen.meanAbsErrorPoints).toBeLessThan(other.meanAbsErrorPoints);
			}
		}
		expect(rankModels(rows)[0].method).toBe(modelName(CHOSEN_MODEL));
	}, 180_000);
});
