/**
 * The plan's effect on the prefecture's standing by the deadline: the projection of every prefecture
 * (the one projection of `npm run project`), with and without the plan's cards added to the prefecture,
 * and the same under the campaign scenario when one is set. An estimate.
 */
import type { PrefectureHistoryRow } from '../sql/queries';
import { projectPrefectures, type ProjectedPrefecture } from '../data/what-it-takes';
import type { IntervalModel } from '../domain/projection-interval';
import type { Scenario } from '../domain/scenario';
import { rankOf } from '../domain/rank-calculator';
import { issuanceRate } from '../domain/figures';
import { SITE_PREFECTURE } from '../domain/site-prefecture';

export interface Standing {
	rate: number;
	rank: number;
	cards: number;
}

/** Without the plan, Hokkaido's projection also has its 90 % interval (rate, percent). */
export interface BaseStanding extends Standing {
	low: number;
	high: number;
}

export interface PlanImpact {
	without: BaseStanding;
	with: Standing;
	plannedCards: number;
	/** Under the campaign scenario (every prefecture's pace raised in its period), when one is set. */
	scenario: { without: BaseStanding; with: Standing } | null;
}

function standings(projected: ProjectedPrefecture[], plannedCards: number, prefecture: string): { without: BaseStanding; with: Standing } | null {
	const me = projected.find((p) => p.prefecture === prefecture);
	if (!me) return null;
	const others = projected.filter((p) => p.prefecture !== prefecture);
	const withPlan = { ...me, cards: Math.min(me.population, me.cards + plannedCards) };
	return {
		without: { rate: me.projection.rate, rank: me.rank, cards: me.cards, low: me.projection.low, high: me.projection.high },
		with: { rate: issuanceRate(withPlan.cards, me.population), rank: rankOf(withPlan, others), cards: withPlan.cards }
	};
}

export function planImpact(history: PrefectureHistoryRow[], releaseDate: string, deadline: string, plannedCards: number, model: IntervalModel, scenario: Scenario | null = null, prefecture: string = SITE_PREFECTURE): PlanImpact | null {
	if (deadline <= releaseDate) return null;
	const base = standings(projectPrefectures(history, releaseDate, deadline, model), plannedCards, prefecture);
	if (!base) return null;
	return { ...base, plannedCards, scenario: scenario ? standings(projectPrefectures(history, releaseDate, deadline, model, scenario), plannedCards, prefecture) : null };
}
