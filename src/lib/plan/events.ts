/**
 * Outreach events and what they cost and buy. Pure: the planner's arithmetic tests in Node.
 */
export type EventKind = 'corporate' | 'offsite' | 'other';
export const EVENT_KINDS: Record<EventKind, string> = {
	corporate: '企業等への出張申請受付',
	offsite: '庁舎外での出張申請受付（地場産品ノベルティ）',
	other: 'その他'
};
export const EVENT_STATUSES = ['候補', '調整中', '確定', '実施済'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface PlanEvent {
	id: string;
	/** Bumped on every save; a save based on an older version is refused (another tab changed it). */
	version: number;
	kind: EventKind;
	code6: string;
	date: string;
	time: string;
	status: EventStatus;
	contact: string;
	expected: number;
	actual: number | null;
	/** 企業等: the company and its site. */
	company: string;
	site: string;
	/** 庁舎外: venue, local product handed out, unit cost (yen), quantity, share paid by the national subsidy (0–1). */
	venue: string;
	product: string;
	unitCost: number;
	quantity: number;
	subsidyShare: number;
	title: string;
	updatedAt: string;
	/** Revisions (`version-hash`, see revision.ts) this event grew from, oldest first: how a merge tells "newer" from "changed on both sides". */
	history: string[];
}

export function noveltyCost(e: PlanEvent): { total: number; subsidy: number; local: number } {
	if (e.kind !== 'offsite') return { total: 0, subsidy: 0, local: 0 };
	const total = Math.max(0, e.unitCost) * Math.max(0, e.quantity);
	const subsidy = Math.round(total * Math.min(1, Math.max(0, e.subsidyShare)));
	return { total, subsidy, local: total - subsidy };
}

export interface BudgetLine {
	key: string;
	total: number;
	subsidy: number;
	local: number;
	events: number;
}

/** Novelty cost by bureau or municipality, with the subsidy and the local share. */
export function budgetBy(events: PlanEvent[], keyOf: (e: PlanEvent) => string): BudgetLine[] {
	const lines = new Map<string, BudgetLine>();
	for (const e of events) {
		const cost = noveltyCost(e);
		if (cost.total === 0) continue;
		const key = keyOf(e);
		const line = lines.get(key) ?? { key, total: 0, subsidy: 0, local: 0, events: 0 };
		lines.set(key, { key, total: line.total + cost.total, subsidy: line.subsidy + cost.subsidy, local: line.local + cost.local, events: line.events + 1 });
	}
	return [...lines.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/**
 * Cards the plan adds by a deadline. An estimate, stated as such: each expected application
 * becomes one card, counted if its event is on or before the deadline and is not a mere 候補;
 * 実施済 events count what actually came.
 */
export function plannedCards(events: PlanEvent[], deadline: string): number {
	return events
		.filter((e) => e.status !== '候補' && e.date <= deadline)
		.reduce((s, e) => s + Math.max(0, e.status === '実施済' && e.actual != null ? e.actual : e.expected), 0);
}

export function newEvent(code6: string, date: string): PlanEvent {
	return {
		id: typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `e-${Date.now()}-${Math.random()}`,
		version: 0,
		kind: 'corporate',
		code6,
		date,
		time: '10:00',
		status: '候補',
		contact: '',
		expected: 0,
		actual: null,
		company: '',
		site: '',
		venue: '',
		product: '',
		unitCost: 0,
		quantity: 0,
		subsidyShare: 0.5,
		title: '',
		updatedAt: new Date().toISOString(),
		history: []
	};
}
