/**
 * What it would take: the cards a prefecture needs to reach the national rate, a rank, or a
 * target rate, given the other prefectures' figures (as published, or as projected to the
 * chosen date). Integer arithmetic on cards and populations: no rounding edge at the boundary.
 */
import { issuanceRate } from './figures';

export interface PrefectureFigures {
	prefecture: string;
	population: number;
	cards: number;
}

export type Target = { kind: 'national' } | { kind: 'rank'; rank: number } | { kind: 'rate'; percent: number };

export interface Requirement {
	/** Additional cards needed (0 when already there). */
	cards: number;
	/** The rate (percent) the focus must reach. */
	targetRate: number;
	/** Cards per week to get there by the deadline; null without a deadline in the future. */
	cardsPerWeek: number | null;
	/** The rate (percent) the target stands for with the focus as it is: the national rate, the rival's, or the typed one. */
	thresholdRate: number;
}

/** Smallest whole x ≥ 0 with (cards + x) / population ≥ num / den. */
function cardsToReachRatio(focus: PrefectureFigures, num: number, den: number): number {
	return Math.max(0, Math.ceil((focus.population * num) / den - focus.cards - 1e-9));
}

export function requiredCards(focus: PrefectureFigures, others: PrefectureFigures[], target: Target, weeksLeft: number | null): Requirement {
	let cards: number;
	let thresholdRate: number;
	if (target.kind === 'rate') {
		cards = cardsToReachRatio(focus, target.percent, 100);
		thresholdRate = target.percent;
	} else if (target.kind === 'national') {
		// The nation includes the focus: (C + x) / P ≥ (N_c + x) / N_p  ⇔  x ≥ (N_c·P − C·N_p) / (N_p − P).
		const nc = others.reduce((s, o) => s + o.cards, focus.cards);
		const np = others.reduce((s, o) => s + o.population, focus.population);
		cards = Math.max(0, Math.ceil((nc * focus.population - focus.cards * np) / (np - focus.population) - 1e-9));
		thresholdRate = issuanceRate(nc, np);
	} else {
		// Rank r means no more than r − 1 others strictly ahead: equal the r-th best of the others (ties share a rank).
		const sorted = [...others].sort((a, b) => b.cards * a.population - a.cards * b.population);
		const rival = sorted[Math.min(Math.max(target.rank, 1), sorted.length) - 1];
		cards = target.rank > sorted.length ? 0 : cardsToReachRatio(focus, rival.cards, rival.population);
		thresholdRate = target.rank > sorted.length ? 0 : issuanceRate(rival.cards, rival.population);
	}
	return {
		cards,
		targetRate: issuanceRate(focus.cards + cards, focus.population),
		cardsPerWeek: weeksLeft != null && weeksLeft > 0 ? cards / weeksLeft : null,
		thresholdRate
	};
}

/** Rank of the focus among all (1 = highest rate), ties sharing a rank. */
export function rankOf(focus: PrefectureFigures, others: PrefectureFigures[]): number {
	return 1 + others.filter((o) => o.cards * focus.population > focus.cards * o.population).length;
}
