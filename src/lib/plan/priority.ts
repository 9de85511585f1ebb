/**
 * Where to go first: a visible, tunable priority score for municipalities. Each component is
 * scaled to 0–1 within the municipalities compared, then weighted; nothing is hidden.
 */
export interface PriorityInput {
	code6: string;
	name: string;
	bureau: string;
	population: number;
	without_card: number;
	/** Rate minus the national rate, in points (negative = below the nation). */
	gap_national: number;
	/** Cards per day between the last two releases, and between the two before. */
	pace_recent: number | null;
	pace_before: number | null;
}

export interface PriorityWeights {
	withoutCard: number;
	gapBelowNation: number;
	slowdown: number;
	size: number;
}

export const DEFAULT_WEIGHTS: PriorityWeights = { withoutCard: 3, gapBelowNation: 2, slowdown: 1, size: 1 };

export const COMPONENT_LABELS: Record<keyof PriorityWeights, string> = {
	withoutCard: '未取得の人数',
	gapBelowNation: '全国平均を下回る幅',
	slowdown: '伸びの鈍化',
	size: '人口規模'
};

export interface PriorityRow extends PriorityInput {
	components: Record<keyof PriorityWeights, number>;
	/** 0–100. */
	score: number;
	rank: number;
}

/** How much slower the recent pace is than the one before: 0 (as fast or faster) to 1 (stopped). */
export function slowdown(recent: number | null, before: number | null): number {
	if (recent == null || before == null || before <= 0) return 0;
	return Math.min(1, Math.max(0, 1 - recent / before));
}

export function priorityScores(rows: PriorityInput[], weights: PriorityWeights): PriorityRow[] {
	const max = (f: (r: PriorityInput) => number) => Math.max(0, ...rows.map(f)) || 1;
	const maxWithout = max((r) => r.without_card);
	const maxGap = max((r) => Math.max(0, -r.gap_national));
	const maxPopulation = max((r) => r.population);
	const totalWeight = Object.values(weights).reduce((s, w) => s + Math.max(0, w), 0) || 1;
	const scored = rows.map((r) => {
		const components = {
			withoutCard: r.without_card / maxWithout,
			gapBelowNation: Math.max(0, -r.gap_national) / maxGap,
			slowdown: slowdown(r.pace_recent, r.pace_before),
			size: r.population / maxPopulation
		};
		const score = (100 * (Object.keys(components) as (keyof PriorityWeights)[]).reduce((s, k) => s + Math.max(0, weights[k]) * components[k], 0)) / totalWeight;
		return { ...r, components, score, rank: 0 };
	});
	scored.sort((a, b) => b.score - a.score || a.code6.localeCompare(b.code6));
	scored.forEach((r, i) => (r.rank = i > 0 && r.score === scored[i - 1].score ? scored[i - 1].rank : i + 1));
	return scored;
}
