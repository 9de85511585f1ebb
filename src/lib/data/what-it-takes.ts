/**
 * The calculator of the national ranking: what the focus prefecture needs by a deadline, against
 * the others as published in the release, or as projected to the deadline. Pure.
 */
import type { PrefectureHistoryRow } from '../sql/queries';
import { daysBetween } from '../domain/projection';
import type { IntervalModel, ProjectionWithInterval } from '../domain/projection-interval';
import { projectRanking } from '../domain/projected-ranking';
import type { Scenario } from '../domain/scenario';
import { requiredCards, type PrefectureFigures, type Requirement, type Target } from '../domain/rank-calculator';
import { rowsOfRelease, seriesByPrefecture } from './prefecture-history';

export interface ProjectedStanding {
	focus: ProjectionWithInterval;
	rank: number;
	/** The range of ranks the focus may take (best, worst). */
	rankLow?: number;
	rankHigh?: number;
}

export interface WhatItTakes {
	current: { rate: number; rank: number };
	requirement: Requirement;
	weeksLeft: number | null;
	/** Present when projecting: where the focus is heading by the deadline, and what is needed beyond that. */
	projection: (ProjectedStanding & { beyondTrend: number }) | null;
	/** The same under the campaign scenario, when one is set. */
	scenario: ProjectedStanding | null;
	/** Against the projection: the cards needed if the others end at the low and at the high end of their intervals. */
	requirementRange?: { low: number; high: number } | null;
}

export interface ProjectedPrefecture extends PrefectureFigures {
	projection: ProjectionWithInterval;
	/** Rank by projected cards ÷ population, ties sharing. */
	rank: number;
	/** The range of ranks it may take (best, worst), from the joint draws of `projectRanking`. */
	rankLow: number;
	rankHigh: number;
}

/** Every prefecture projected from the releases up to `releaseDate` to `deadline` (the same figures as `npm run project`). */
export function projectPrefectures(history: PrefectureHistoryRow[], releaseDate: string, deadline: string, model: IntervalModel, scenario: Scenario | null = null): ProjectedPrefecture[] {
	return projectRanking(seriesByPrefecture(history), releaseDate, deadline, model, scenario).map((e) => ({
		prefecture: e.id,
		population: e.projection.population,
		cards: e.projection.cards,
		projection: e.projection,
		rank: e.rank,
		rankLow: e.rankLow,
		rankHigh: e.rankHigh
	}));
}

export function whatItTakes(
	history: PrefectureHistoryRow[],
	releaseDate: string,
	focusName: string,
	target: Target,
	deadline: string | null,
	useProjection: boolean,
	model: IntervalModel,
	scenario: Scenario | null = null
): WhatItTakes | null {
	const rows = rowsOfRelease(history, releaseDate);
	const focusRow = rows.find((r) => r.prefecture === focusName);
	if (!focusRow) return null;
	const focus: PrefectureFigures = { prefecture: focusName, population: focusRow.population, cards: focusRow.cards };
	const days = deadline ? daysBetween(releaseDate, deadline) : null;
	const weeksLeft = days != null && days > 0 ? days / 7 : null;
	if (!useProjection || !deadline || days == null || days <= 0) {
		const others = rows.filter((r) => r.prefecture !== focusName);
		return { current: { rate: focusRow.rate, rank: focusRow.rank }, requirement: requiredCards(focus, others, target, weeksLeft), weeksLeft, projection: null, scenario: null };
	}
	const projected = projectPrefectures(history, releaseDate, deadline, model);
	const focusProjected = projected.find((p) => p.prefecture === focusName)!;
	const others = projected.filter((p) => p.prefecture !== focusName);
	// Needed by the deadline, counted from the release's cards, against where the others will be.
	const requirement = requiredCards(focus, others, target, weeksLeft);
	const withScenario = scenario ? projectPrefectures(history, releaseDate, deadline, model, scenario).find((p) => p.prefecture === focusName)! : null;
	const atEnd = (end: 'lowCards' | 'highCards') => requiredCards(focus, others.map((o) => ({ ...o, cards: o.projection[end] })), target, weeksLeft).cards;
	return {
		current: { rate: focusRow.rate, rank: focusRow.rank },
		requirement,
		weeksLeft,
		projection: {
			focus: focusProjected.projection,
			rank: focusProjected.rank,
			rankLow: focusProjected.rankLow,
			rankHigh: focusProjected.rankHigh,
			beyondTrend: Math.max(0, Math.ceil(focus.cards + requirement.cards - focusProjected.projection.cards))
		},
		scenario: withScenario ? { focus: withScenario.projection, rank: withScenario.rank, rankLow: withScenario.rankLow, rankHigh: withScenario.rankHigh } : null,
		requirementRange: { low: atEnd('lowCards'), high: atEnd('highCards') }
	};
}
