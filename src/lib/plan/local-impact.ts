/**
 * The plan's effect where the planner stands: for each municipality with events and for the
 * chosen bureau, the cards the plan is expected to bring, the projected rate by the deadline with
 * and without them, and the gap to the national rate; for the prefecture, the effect in points at
 * the precision the projection supports and a rank change only when it leaves the projection's
 * range. The assumptions (people counted in an event's 見込み → applications → cards by the
 * deadline) are stated once and used for every figure. Pure.
 */
import { plannedCards, type PlanEvent } from './events';
import type { PlanImpact } from './impact';
import type { SeriesPoint } from '../domain/projection';
import { projectWithInterval, type IntervalModel } from '../domain/projection-interval';
import { issuanceRate } from '../domain/figures';

export interface ImpactAssumptions {
	/** Of the people counted in an event's 見込み, the share who apply (percent). */
	applyPercent: number;
	/** Of those applications, the share issued as cards by the deadline (percent). */
	cardPercent: number;
}

/** One 見込み = one application = one card by the deadline (the figure the plan has always shown). */
export const DEFAULT_ASSUMPTIONS: ImpactAssumptions = { applyPercent: 100, cardPercent: 100 };

export function assumptionsProblem(a: ImpactAssumptions): string | null {
	for (const v of [a.applyPercent, a.cardPercent]) if (!Number.isFinite(v) || v < 0 || v > 100) return '0〜100 の数で入れてください';
	return null;
}

/** Cards expected from events up to the deadline under the assumptions (whole cards, rounded down). */
export function expectedCards(events: readonly PlanEvent[], deadline: string, a: ImpactAssumptions): number {
	return Math.floor((plannedCards([...events], deadline) * a.applyPercent * a.cardPercent) / 10_000);
}

export interface PlaceImpact {
	/** A municipality's code, or the bureau's name. */
	key: string;
	name: string;
	cards: number;
	without: number;
	with: number;
	/** Points to the national projected rate (positive: above it). */
	gapWithout: number;
	gapWith: number;
}

/** Each municipality with events, projected with the municipal model; then the bureau as their sum. */
export function placeImpacts(
	events: readonly PlanEvent[],
	seriesByCode: ReadonlyMap<string, SeriesPoint[]>,
	nameOf: (code6: string) => string,
	deadline: string,
	model: IntervalModel,
	nationalRate: number,
	a: ImpactAssumptions
): PlaceImpact[] {
	const byCode = new Map<string, PlanEvent[]>();
	for (const e of events) byCode.set(e.code6, [...(byCode.get(e.code6) ?? []), e]);
	const out: PlaceImpact[] = [];
	for (const [code6, own] of byCode) {
		const series = seriesByCode.get(code6);
		if (!series?.length) continue;
		const p = projectWithInterval(series, deadline, model);
		const cards = expectedCards(own, deadline, a);
		const withCards = Math.min(p.population, p.cards + cards);
		const rateWith = issuanceRate(withCards, p.population);
		out.push({ key: code6, name: nameOf(code6), cards, without: p.rate, with: rateWith, gapWithout: p.rate - nationalRate, gapWith: rateWith - nationalRate });
	}
	return out.sort((x, y) => y.cards - x.cards || x.key.localeCompare(y.key));
}

/** A region (bureau) as the sum of its municipalities' projections, with the plan's cards added. */
export function regionImpact(
	name: string,
	codes: readonly string[],
	events: readonly PlanEvent[],
	seriesByCode: ReadonlyMap<string, SeriesPoint[]>,
	deadline: string,
	model: IntervalModel,
	nationalRate: number,
	a: ImpactAssumptions
): PlaceImpact | null {
	let cards = 0;
	let population = 0;
	for (const code6 of codes) {
		const series = seriesByCode.get(code6);
		if (!series?.length) continue;
		const p = projectWithInterval(series, deadline, model);
		cards += p.cards;
		population += p.population;
	}
	if (population === 0) return null;
	const planned = expectedCards(events, deadline, a);
	const without = issuanceRate(cards, population);
	const withRate = issuanceRate(Math.min(population, cards + planned), population);
	return { key: name, name, cards: planned, without, with: withRate, gapWithout: without - nationalRate, gapWith: withRate - nationalRate };
}

export interface PrefectureEffect {
	/** The effect in points, rounded to the step the projection supports; null when below it. */
	points: number | null;
	/** The step (points): a tenth, the finest the published rates carry. */
	step: number;
	/** The projected rank with the plan, only when the plan's rate leaves the projection's interval. */
	rankChange: { from: number; to: number } | null;
}

/** The prefecture's effect: points at a tenth, a rank change only outside the projection's interval. */
export function prefectureEffect(impact: PlanImpact): PrefectureEffect {
	const step = 0.1;
	const raw = impact.with.rate - impact.without.rate;
	const points = raw < step / 2 ? null : Math.round(raw / step) * step;
	const outside = impact.with.rate > impact.without.high || impact.with.rate < impact.without.low;
	return { points, step, rankChange: outside && impact.with.rank !== impact.without.rank ? { from: impact.without.rank, to: impact.with.rank } : null };
}
