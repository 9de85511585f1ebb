/**
 * Novelty money in integer yen: cost = unit cost × quantity; the subsidy follows the plan's rule
 * (subsidy-rule.ts): the unit cost counted at most up to the per-item cap, times the share in
 * percent, rounded DOWN to the yen (切り捨て), then at most the per-event cap. The local share is
 * the rest. Products are taken in BigInt so no sum passes 2^53 unnoticed.
 */
import type { PlanEvent } from './events';
import type { SubsidyRule } from './subsidy-rule';

export interface Cost {
	total: number;
	subsidy: number;
	local: number;
}

const ZERO: Cost = { total: 0, subsidy: 0, local: 0 };

export function noveltyCost(e: Pick<PlanEvent, 'kind' | 'unitCost' | 'quantity'>, rule: SubsidyRule): Cost {
	if (e.kind !== 'offsite') return ZERO;
	const unit = BigInt(Math.max(0, e.unitCost));
	const quantity = BigInt(Math.max(0, e.quantity));
	const total = unit * quantity;
	const eligibleUnit = rule.capPerItem == null || BigInt(rule.capPerItem) > unit ? unit : BigInt(rule.capPerItem);
	// BigInt division truncates: for non-negative values that is 切り捨て.
	let subsidy = (eligibleUnit * quantity * BigInt(rule.sharePercent)) / 100n;
	if (rule.capPerEvent != null && subsidy > BigInt(rule.capPerEvent)) subsidy = BigInt(rule.capPerEvent);
	return { total: Number(total), subsidy: Number(subsidy), local: Number(total - subsidy) };
}

export interface BudgetLine extends Cost {
	key: string;
	events: number;
}

/** Novelty cost by bureau or municipality, with the subsidy and the local share; largest first. */
export function budgetBy(events: readonly PlanEvent[], keyOf: (e: PlanEvent) => string, rule: SubsidyRule): BudgetLine[] {
	const lines = new Map<string, BudgetLine>();
	for (const e of events) {
		const cost = noveltyCost(e, rule);
		if (cost.total === 0) continue;
		const key = keyOf(e);
		const line = lines.get(key) ?? { key, total: 0, subsidy: 0, local: 0, events: 0 };
		lines.set(key, { key, total: line.total + cost.total, subsidy: line.subsidy + cost.subsidy, local: line.local + cost.local, events: line.events + 1 });
	}
	return [...lines.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

export function sumLines(lines: readonly Cost[]): Cost {
	return lines.reduce((s, l) => ({ total: s.total + l.total, subsidy: s.subsidy + l.subsidy, local: s.local + l.local }), ZERO);
}

/** The plan's cost against its budget: what is left (≥ 0) or how far over (> 0), never both. */
export function againstBudget(total: number, budget: number | null): { left: number; over: number } | null {
	if (budget == null) return null;
	return total > budget ? { left: 0, over: total - budget } : { left: budget - total, over: 0 };
}

/** A line's cost as a whole percent of the budget, rounded to the nearest (null without a positive budget). */
export function percentOfBudget(total: number, budget: number | null): number | null {
	return budget == null || budget <= 0 ? null : Math.round((100 * total) / budget);
}

export interface BudgetRow extends BudgetLine {
	/** The budget this line is measured against: its own bureau's (null when that bureau states none). */
	budget: number | null;
	/** 予算比: the line's cost over that budget, a whole percent (null without a positive budget). */
	percent: number | null;
}

/**
 * Budget lines by `keyOf` (bureau or municipality), each against its OWN bureau's budget — the one
 * definition of 予算比 on the bureau page, at headquarters, in print and exports.
 */
export function budgetRows(events: readonly PlanEvent[], keyOf: (e: PlanEvent) => string, bureauOfEvent: (e: PlanEvent) => string, rule: SubsidyRule, budgetOf: (bureau: string) => number | null): BudgetRow[] {
	const bureauOfKey = new Map<string, string>();
	for (const e of events) if (!bureauOfKey.has(keyOf(e))) bureauOfKey.set(keyOf(e), bureauOfEvent(e));
	return budgetBy(events, keyOf, rule).map((l) => {
		const budget = budgetOf(bureauOfKey.get(l.key) ?? '');
		return { ...l, budget, percent: percentOfBudget(l.total, budget) };
	});
}

/** The labelled total line: every line's cost over the total budget. */
export function budgetTotalRow(rows: readonly BudgetLine[], key: string, total: number | null): BudgetRow {
	const sum = sumLines(rows);
	return { key, ...sum, events: rows.reduce((s, r) => s + r.events, 0), budget: total, percent: percentOfBudget(sum.total, total) };
}
