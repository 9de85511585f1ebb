/**
 * The plan's effect on Hokkaido's standing by the deadline: the projection of every prefecture
 * (recent pace of cards), with and without the plan's cards added to Hokkaido. An estimate.
 */
import type { PrefectureHistoryRow } from '../sql/queries';
import { projectPrefectures } from '../data/what-it-takes';
import { rankOf } from '../domain/rank-calculator';

export interface PlanImpact {
	without: { rate: number; rank: number; cards: number };
	with: { rate: number; rank: number; cards: number };
	plannedCards: number;
}

export function planImpact(history: PrefectureHistoryRow[], releaseDate: string, deadline: string, plannedCards: number, errorPer30Days: number): PlanImpact | null {
	if (deadline <= releaseDate) return null;
	const projected = projectPrefectures(history, releaseDate, deadline, errorPer30Days);
	const me = projected.find((p) => p.prefecture === '北海道');
	if (!me) return null;
	const others = projected.filter((p) => p.prefecture !== '北海道');
	const withPlan = { ...me, cards: Math.min(me.population, me.cards + plannedCards) };
	return {
		without: { rate: (100 * me.cards) / me.population, rank: rankOf(me, others), cards: me.cards },
		with: { rate: (100 * withPlan.cards) / me.population, rank: rankOf(withPlan, others), cards: withPlan.cards },
		plannedCards
	};
}
