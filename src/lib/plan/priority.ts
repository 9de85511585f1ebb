/**
 * Where to go first, through two lenses, each a visible weighted score:
 * - corporate drives (企業等への出張申請): where most people without a card live and work —
 *   people without a card (population − cards), population as the measure of where people gather,
 *   and the employees of companies registered in the plan. No employment statistics exist in the
 *   site's data, so none are invented.
 * - off-site desks (庁舎外の出張窓口): where the rate lags the national rate most — points below the
 *   national rate and the slowdown of the pace. A municipality at or above the national rate scores
 *   0 and ranks after every one below it.
 * Each part is scaled to 0–1 (the largest among the municipalities compared is 1), then the weights
 * average them to a score out of 100. Pure.
 */
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { formatInteger } from '../domain/format';
import { roundOneDecimal } from '../domain/figures';
import { ja } from '../messages/ja';

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

export type Lens = 'corporate' | 'offsite';
export type PartKey = 'withoutCard' | 'size' | 'employees' | 'gapBelowNation' | 'slowdown';
export type LensWeights = Partial<Record<PartKey, number>>;

export const LENS_PARTS: Record<Lens, PartKey[]> = {
	corporate: ['withoutCard', 'size', 'employees'],
	offsite: ['gapBelowNation', 'slowdown']
};

export const DEFAULT_LENS_WEIGHTS: Record<Lens, LensWeights> = {
	corporate: { withoutCard: 3, size: 1, employees: 1 },
	offsite: { gapBelowNation: 3, slowdown: 1 }
};

export const PART_LABELS: Record<PartKey, string> = {
	withoutCard: '未取得の人数',
	size: '人口規模',
	employees: '登録企業の従業員数',
	gapBelowNation: '全国を下回る幅',
	slowdown: '伸びの鈍化'
};

export interface LensRow extends PriorityInput {
	parts: Partial<Record<PartKey, number>>;
	/** Registered employees on sites in this municipality (0 when none). */
	employees: number;
	/** 0–100. */
	score: number;
	rank: number;
	/** One short sentence: why this place is where it is. */
	reason: string;
}

/** How much slower the recent pace is than the one before: 0 (as fast or faster) to 1 (stopped). */
export function slowdown(recent: number | null, before: number | null): number {
	if (recent == null || before == null || before <= 0) return 0;
	return Math.min(1, Math.max(0, 1 - recent / before));
}

/** 1,123,456 → 「約112万人」; 23,456 → 「約2.3万人」; 1,234 → 「1,234人」. */
export function formatPeople(n: number): string {
	if (n >= 100_000) return `約${formatInteger(Math.round(n / 10_000))}万人`;
	if (n >= 10_000) return `約${(Math.round(n / 1_000) / 10).toFixed(1)}万人`;
	return `${formatInteger(n)}人`;
}

/** Rank of each code by a value, largest first, ties sharing a rank. */
function ranksBy(rows: readonly PriorityInput[], value: (r: PriorityInput) => number): Map<string, number> {
	const sorted = [...rows].sort((a, b) => value(b) - value(a));
	const ranks = new Map<string, number>();
	sorted.forEach((r, i) => ranks.set(r.code6, i > 0 && value(r) === value(sorted[i - 1]) ? ranks.get(sorted[i - 1].code6)! : i + 1));
	return ranks;
}

export interface LensOptions {
	/** Registered company employees by municipality code (the company register). */
	employees?: ReadonlyMap<string, number>;
	/** All of Hokkaido, to say 「道内n位」 when `rows` are one bureau's. */
	hokkaido?: readonly PriorityInput[];
	/** The prefecture those rows are all of, named in the reason (「道内1位」「県内1位」). */
	prefecture?: string;
}

export function rankLens(rows: readonly PriorityInput[], lens: Lens, weights: LensWeights, options: LensOptions = {}): LensRow[] {
	const keys = LENS_PARTS[lens];
	const employeesOf = (r: PriorityInput) => options.employees?.get(r.code6) ?? 0;
	const max = (f: (r: PriorityInput) => number) => Math.max(0, ...rows.map(f)) || 1;
	const maxOf: Record<PartKey, number> = {
		withoutCard: max((r) => r.without_card),
		size: max((r) => r.population),
		employees: max(employeesOf),
		gapBelowNation: max((r) => Math.max(0, -r.gap_national)),
		slowdown: 1
	};
	const raw: Record<PartKey, (r: PriorityInput) => number> = {
		withoutCard: (r) => Math.max(0, r.without_card),
		size: (r) => Math.max(0, r.population),
		employees: employeesOf,
		gapBelowNation: (r) => Math.max(0, -r.gap_national),
		slowdown: (r) => slowdown(r.pace_recent, r.pace_before)
	};
	const totalWeight = keys.reduce((s, k) => s + Math.max(0, weights[k] ?? 0), 0) || 1;
	const withoutRanks = ranksBy(options.hokkaido ?? rows, (r) => r.without_card);
	const scored: LensRow[] = rows.map((r) => {
		const parts: Partial<Record<PartKey, number>> = {};
		for (const k of keys) parts[k] = raw[k](r) / maxOf[k];
		const lagging = r.gap_national < 0;
		const weighted = (100 * keys.reduce((s, k) => s + Math.max(0, weights[k] ?? 0) * parts[k]!, 0)) / totalWeight;
		const score = lens === 'offsite' && !lagging ? 0 : weighted;
		return { ...r, parts, employees: employeesOf(r), score, rank: 0, reason: reasonOf(r, lens, parts, employeesOf(r), withoutRanks.get(r.code6) ?? 0, options.hokkaido ? (options.prefecture ?? SITE_PREFECTURE) : null) };
	});
	// Off-site: every municipality below the nation before any at or above it, whatever the weights.
	const tier = (r: LensRow) => (lens === 'offsite' && r.gap_national >= 0 ? 1 : 0);
	scored.sort((a, b) => tier(a) - tier(b) || b.score - a.score || (tier(a) ? a.gap_national - b.gap_national : 0) || a.code6.localeCompare(b.code6));
	scored.forEach((r, i) => {
		const prev = scored[i - 1];
		r.rank = prev && r.score === prev.score && tier(r) === tier(prev) && (!tier(r) || r.gap_national === prev.gap_national) ? prev.rank : i + 1;
	});
	return scored;
}

function reasonOf(r: PriorityInput, lens: Lens, parts: Partial<Record<PartKey, number>>, employees: number, withoutRank: number, prefecture: string | null): string {
	if (lens === 'corporate') {
		const first = prefecture ? ja.priorityWithout(formatPeople(r.without_card), withoutRank, prefecture) : ja.priorityWithoutIn(formatPeople(r.without_card), withoutRank);
		return employees > 0 ? `${first}、${ja.priorityEmployees(formatPeople(employees))}` : first;
	}
	// Rounded as every rate gap on the site is (figures.ts), once, for display.
	const points = Math.abs(roundOneDecimal(r.gap_national)).toFixed(1);
	if (r.gap_national >= 0) return ja.priorityAbove(points);
	const below = ja.priorityBelow(points);
	const slow = parts.slowdown ?? 0;
	return slow >= 0.2 ? `${below}、${ja.prioritySlowing(Math.round(slow * 100))}` : below;
}
