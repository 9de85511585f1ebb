/**
 * The national subsidy for novelties as data, not code: a share in whole percent, an optional cap
 * per item and/or per event in yen, and a note of where the rule comes from. Saved in the plan and
 * editable on the page; the calculation (budget.ts) only reads it.
 */
import { ja } from '../messages/ja';

export interface SubsidyRule {
	/** Whole percent of the eligible cost, 0–100. */
	sharePercent: number;
	/** Yen per novelty counted at most (null: no cap). */
	capPerItem: number | null;
	/** Yen of subsidy per event at most (null: no cap). */
	capPerEvent: number | null;
	/** Where the rule comes from (要綱・通知の名称と日付など). */
	source: string;
}

/** A starting point only: the planner's earlier default of one half, with no caps, until the user enters the rule of the 交付要綱. */
export const DEFAULT_SUBSIDY_RULE: SubsidyRule = {
	sharePercent: 50,
	capPerItem: null,
	capPerEvent: null,
	source: ja.subsidyDefaultSource
};

export const MAX_RULE_YEN = 100_000_000;
const MAX_SOURCE = 500;

const isCap = (v: unknown) => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_RULE_YEN);

/** Field → check, for a rule read from a file and one typed on the page alike. */
export const SUBSIDY_RULE_FIELDS: Record<keyof SubsidyRule, { label: string; check: (v: unknown) => string | null }> = {
	sharePercent: { label: 'sharePercent（補助率 %）', check: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? null : ja.subsidyNeedPercent) },
	capPerItem: { label: 'capPerItem（1個あたり上限 円）', check: (v) => (isCap(v) ? null : ja.subsidyNeedCap(MAX_RULE_YEN)) },
	capPerEvent: { label: 'capPerEvent（1行事あたり上限 円）', check: (v) => (isCap(v) ? null : ja.subsidyNeedCap(MAX_RULE_YEN)) },
	source: { label: 'source（根拠）', check: (v) => (typeof v === 'string' && v.length <= MAX_SOURCE ? null : ja.planNeedText(MAX_SOURCE)) }
};

/** Problems of a rule, as "field: problem"; an empty list when it may be saved. */
export function subsidyRuleProblems(raw: unknown): string[] {
	if (typeof raw !== 'object' || raw == null || Array.isArray(raw)) return [ja.subsidyNotARule];
	const x = raw as Record<string, unknown>;
	return Object.entries(SUBSIDY_RULE_FIELDS).flatMap(([key, { label, check }]) => {
		const problem = check(Object.hasOwn(x, key) ? x[key] : undefined);
		return problem ? [`${label}: ${problem}`] : [];
	});
}

/** A clean copy with only the rule's fields (call after subsidyRuleProblems found none). */
export function cleanSubsidyRule(x: SubsidyRule): SubsidyRule {
	return { sharePercent: x.sharePercent, capPerItem: x.capPerItem, capPerEvent: x.capPerEvent, source: x.source };
}

export const sameSubsidyRule = (a: SubsidyRule, b: SubsidyRule) => JSON.stringify(cleanSubsidyRule(a)) === JSON.stringify(cleanSubsidyRule(b));
