/**
 * The calculator of the national ranking: what the focus prefecture needs by a deadline, against
 * the others as published in the release, or as projected to the deadline. Pure.
 */
import type { PrefectureHistoryRow } from '../sql/queries';
import { daysBetween, projectWithInterval, type ProjectionWithInterval } from '../domain/projection';
import { rankOf, requiredCards, type PrefectureFigures, type Requirement, type Target } from '../domain/rank-calculator';
import { rowsOfRelease, seriesOf } from './prefecture-history';

export interface WhatItTakes {
	current: { rate: number; rank: number };
	requirement: Requirement;
	weeksLeft: number | null;
	/** Present when projecting: where the focus is heading by the deadline, and what is needed beyond that. */
	projection: { focus: ProjectionWithInterval; rank: number; beyondTrend: number } | null;
}

export interface ProjectedPrefecture extends PrefectureFigures {
	projection: ProjectionWithInterval;
}

/** Every prefecture projected from the releases up to `releaseDate` to `deadline`. */
export function projectPrefectures(history: PrefectureHistoryRow[], releaseDate: string, deadline: string, errorPer30Days: number): ProjectedPrefecture[] {
	return rowsOfRelease(history, releaseDate).map((r) => {
		const projection = projectWithInterval(seriesOf(history, r.prefecture, releaseDate), deadline, errorPer30Days);
		return { prefecture: r.prefecture, population: projection.population, cards: Math.round(projection.cards), projection };
	});
}

export function whatItTakes(
	history: PrefectureHistoryRow[],
	releaseDate: string,
	focusName: string,
	target: Target,
	deadline: string | null,
	useProjection: boolean,
	errorPer30Days: number
): WhatItTakes | null {
	const rows = rowsOfRelease(history, releaseDate);
	const focusRow = rows.find((r) => r.prefecture === focusName);
	if (!focusRow) return null;
	const focus: PrefectureFigures = { prefecture: focusName, population: focusRow.population, cards: focusRow.cards };
	const days = deadline ? daysBetween(releaseDate, deadline) : null;
	const weeksLeft = days != null && days > 0 ? days / 7 : null;
	if (!useProjection || !deadline || days == null || days <= 0) {
		const others = rows.filter((r) => r.prefecture !== focusName);
		return { current: { rate: focusRow.rate, rank: focusRow.rank }, requirement: requiredCards(focus, others, target, weeksLeft), weeksLeft, projection: null };
	}
	const projected = projectPrefectures(history, releaseDate, deadline, errorPer30Days);
	const focusProjected = projected.find((p) => p.prefecture === focusName)!;
	const others = projected.filter((p) => p.prefecture !== focusName);
	// Needed by the deadline, counted from the release's cards, against where the others will be.
	const requirement = requiredCards(focus, others, target, weeksLeft);
	return {
		current: { rate: focusRow.rate, rank: focusRow.rank },
		requirement,
		weeksLeft,
		projection: {
			focus: focusProjected.projection,
			rank: rankOf(focusProjected, others),
			beyondTrend: Math.max(0, Math.ceil(focus.cards + requirement.cards - focusProjected.projection.cards))
		}
	};
}
