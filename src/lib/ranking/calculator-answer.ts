/**
 * The calculator's answer in sentences: one default answer, against the other prefectures as
 * projected to the deadline (with the range their intervals allow), or as published in the release
 * when the reader asks for that. When the focus already meets the target it says so and offers the
 * next rank up. Pure: the same sentences for every prefecture, tested for all 47.
 */
import type { Target } from '../domain/rank-calculator';
import type { WhatItTakes } from '../data/what-it-takes';
import { formatInteger, formatRate } from '../domain/format';
import { formatSeireki, formatWareki } from '../domain/release-date';
import { ja } from '../messages/ja';

export type Comparison = 'projected' | 'published';

export interface AnswerContext {
	focus: string;
	releaseDate: string;
	/** A deadline after the release, or null. */
	deadline: string | null;
	target: Target;
	comparison: Comparison;
	labels: { rate: string; cards: string };
}

export interface CalculatorAnswer {
	/** met: already at the target; onTrack: the projection reaches it; needed: more than the trend is needed. */
	status: 'met' | 'onTrack' | 'needed';
	/** The main sentence. */
	answer: string;
	/** Where the focus is heading (projected comparison only). */
	projection: string | null;
	/** The next rank up to aim for when the target is met; null at 1st. */
	nextRank: number | null;
}

/** The target in words, with the rate it stands for: 「全国の交付率45.3%」, 「全国25位（交付率44.2%）」, 「交付率50%」. */
export function targetText(target: Target, thresholdRate: number, labels: { rate: string }, comparison: Comparison): string {
	const when = comparison === 'projected' ? '期限時点の見込みで' : '';
	if (target.kind === 'national') return `${when}全国の${labels.rate}${formatRate(thresholdRate)}`;
	if (target.kind === 'rank') return `${when}全国${target.rank}位（${labels.rate}${formatRate(thresholdRate)}）`;
	return `${labels.rate}${formatRate(target.percent)}`;
}

export function calculatorAnswer(result: WhatItTakes, ctx: AnswerContext): CalculatorAnswer {
	const { requirement } = result;
	const goal = targetText(ctx.target, requirement.thresholdRate, ctx.labels, result.projection ? ctx.comparison : 'published');
	const standing = result.projection ? result.projection.rank : result.current.rank;
	const nextRank = standing > 1 ? standing - 1 : null;
	const projection = result.projection && ctx.deadline ? projectionSentence(result, ctx) : null;
	if (requirement.cards === 0) {
		return { status: 'met', answer: ja.calcAlreadyMet(goal) + (nextRank == null ? ja.calcFirst : ''), projection, nextRank };
	}
	const by = ctx.deadline ? `${formatSeireki(ctx.deadline)}までに` : '';
	const perWeek = requirement.cardsPerWeek != null ? `、1週間あたり${formatInteger(Math.ceil(requirement.cardsPerWeek))}枚` : '';
	const range = result.requirementRange && result.requirementRange.low !== result.requirementRange.high
		? ja.calcRequirementRange(formatInteger(Math.min(result.requirementRange.low, result.requirementRange.high)), formatInteger(Math.max(result.requirementRange.low, result.requirementRange.high)))
		: '';
	const answer = `${ctx.focus}が${by}${goal}に届くには、${formatSeireki(ctx.releaseDate)}の${ctx.labels.cards}からあと${formatInteger(requirement.cards)}枚（${ctx.labels.rate}${formatRate(requirement.targetRate)}）${perWeek}が必要です。${range}`;
	const onTrack = result.projection != null && result.projection.beyondTrend === 0;
	return { status: onTrack ? 'onTrack' : 'needed', answer, projection, nextRank: null };
}

function projectionSentence(result: WhatItTakes, ctx: AnswerContext): string {
	const p = result.projection!;
	const deadline = ctx.deadline!;
	const rank = p.rankLow != null && p.rankHigh != null && p.rankLow !== p.rankHigh ? `${p.rank}位（${p.rankLow}〜${p.rankHigh}位）` : `${p.rank}位`;
	const head = `見込み: 今のペースのままだと${formatSeireki(deadline)}（${formatWareki(deadline)}）に${ctx.labels.rate}${formatRate(p.focus.rate)}（90%の幅 ${formatRate(p.focus.low)}〜${formatRate(p.focus.high)}）、${rank}の見込みです。`;
	if (result.requirement.cards === 0) return head;
	return head + (p.beyondTrend === 0 ? ja.calcOnTrack : ja.calcBeyondTrend(formatInteger(p.beyondTrend)));
}
