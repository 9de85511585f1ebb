import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../tools/backtest';
import { CHOSEN_PROJECTION_METHOD } from '../../src/lib/domain/projection';

// On the mirror's 40 releases: the method the app uses must beat the naive trend of the last three releases.
describe('npm run backtest (real data)', () => {
	it('the chosen method beats the naive rate trend for prefectures and municipalities', async () => {
		const results = await runBacktest();
		for (const scores of Object.values(results)) {
			const chosen = scores.find((s) => s.method === CHOSEN_PROJECTION_METHOD)!;
			const naive = scores.find((s) => s.method === 'naiveRateTrend3')!;
			expect(chosen.cases).toBeGreaterThan(1000);
			expect(chosen.meanAbsErrorPoints).toBeLessThan(naive.meanAbsErrorPoints);
			expect(chosen.p90AbsErrorPoints).toBeLessThan(naive.p90AbsErrorPoints);
		}
	});
});
