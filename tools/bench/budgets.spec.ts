import { describe, expect, it } from 'vitest';
import { budgetSummary, checkBudgets, type BenchFigures } from './budgets';

const within: BenchFigures = {
	mapVisibleMedianMs: 300,
	commonMapVisibleMedianMs: 2000,
	bytesBeforeMapMedian: 200_000,
	wasmFetchedBeforeMap: false,
	duckdbReadyMedianMs: 1000,
	recolourMedianMs: 8,
	throttledMapVisibleMedianMs: 1000,
	throttledDuckdbReadyMedianMs: 5000,
	warmDuckdbReadyMedianMs: 400,
	recolourP95Ms: 30,
	scale100MaxMedianMs: 200,
	planFilterMedianMs: 120,
	buildSeconds: 40
};

describe('budgetSummary', () => {
	it('says plainly when every budget is met', () => {
		expect(budgetSummary(checkBudgets(within))).toBe('budgets: all 13 met');
	});

	it('names each missed budget with its figure and budget', () => {
		const summary = budgetSummary(checkBudgets({ ...within, duckdbReadyMedianMs: 1620, buildSeconds: 95.04 }));
		expect(summary).toBe('budgets: 2 of 13 MISSED — DuckDB ready 1620 ms (budget ≤ 1500 ms); npm run build (data included) 95.0 s (budget ≤ 90 s)');
	});
});
