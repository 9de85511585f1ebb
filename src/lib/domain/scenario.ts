/**
 * A campaign scenario: between `start` and `end` the pace of cards is `multiplier` times the
 * projection's own pace. The base projection assumes no campaign; a scenario adds the extra cards
 * of the days it overlaps the horizon, to the projection and to both ends of its interval.
 */
import { daysBetween, type SeriesPoint } from './projection';
import { issuanceRate } from './figures';
import type { ProjectionWithInterval } from './projection-interval';

export interface Scenario {
	start: string;
	end: string;
	multiplier: number;
}

/** Days of [start, end] that fall after the cut-off and up to the target. */
export function overlapDays(cutoff: string, target: string, scenario: Scenario): number {
	const from = scenario.start > cutoff ? scenario.start : cutoff;
	const to = scenario.end < target ? scenario.end : target;
	return Math.max(0, daysBetween(from, to));
}

/** The cards the campaign adds by `target`: (strength − 1) × the projection's own pace × the days it overlaps the horizon. */
export function scenarioExtraCards(series: SeriesPoint[], base: ProjectionWithInterval, target: string, scenario: Scenario): number {
	const last = series[series.length - 1];
	const days = daysBetween(last.date, target);
	if (days <= 0) return 0;
	const pace = (base.cards - last.cards) / days;
	return (scenario.multiplier - 1) * pace * overlapDays(last.date, target, scenario);
}

export function applyScenario(series: SeriesPoint[], base: ProjectionWithInterval, target: string, scenario: Scenario): ProjectionWithInterval {
	const last = series[series.length - 1];
	if (daysBetween(last.date, target) <= 0) return base;
	const extra = scenarioExtraCards(series, base, target, scenario);
	const clamp = (cards: number) => Math.min(last.population, Math.max(last.cards, cards + extra));
	const cards = clamp(base.cards);
	const lowCards = clamp(base.lowCards);
	const highCards = clamp(base.highCards);
	const rate = (c: number) => issuanceRate(c, last.population);
	return { cards, rate: rate(cards), population: last.population, low: rate(lowCards), high: rate(highCards), lowCards, highCards };
}

/** Reads a scenario from `start_end_multiplier` (URL or storage); null when malformed. */
export function parseScenario(text: string | null): Scenario | null {
	const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})_(\d+(?:\.\d+)?)$/.exec(text ?? '');
	if (!m || m[2] <= m[1] || Number.isNaN(Date.parse(m[1])) || Number.isNaN(Date.parse(m[2]))) return null;
	const multiplier = Number(m[3]);
	return multiplier >= 0 && multiplier <= 20 ? { start: m[1], end: m[2], multiplier } : null;
}

export function formatScenario(s: Scenario): string {
	return `${s.start}_${s.end}_${s.multiplier}`;
}
