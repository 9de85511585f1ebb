/**
 * Outreach events and what they cost and buy. Pure: the planner's arithmetic tests in Node.
 */
export type EventKind = 'corporate' | 'offsite' | 'other';
export const EVENT_KINDS: Record<EventKind, string> = {
	corporate: '企業等への出張申請受付',
	offsite: '庁舎外での出張申請受付（地場産品ノベルティ）',
	other: 'その他'
};
/** The kind in a calendar cell, where the full name does not fit. */
export const EVENT_KIND_SHORT: Record<EventKind, string> = { corporate: '企業', offsite: '庁舎外', other: '他' };
export const EVENT_STATUSES = ['候補', '調整中', '確定', '実施済'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface PlanEvent {
	id: string;
	/** Bumped on every save; a save based on an older version is refused (another tab changed it). */
	version: number;
	kind: EventKind;
	code6: string;
	date: string;
	/** Start and end, HH:MM on `date` (Asia/Tokyo); end after start. Files without an end read as start + 2 h. */
	time: string;
	endTime: string;
	status: EventStatus;
	contact: string;
	expected: number;
	actual: number | null;
	/** 企業等: the company and its site. */
	company: string;
	site: string;
	/** The company register's id when the event was made from a company ('' otherwise). */
	companyId: string;
	/** 庁舎外: venue, local product handed out, unit cost and quantity in yen (the subsidy is the plan's rule, subsidy-rule.ts). */
	venue: string;
	product: string;
	unitCost: number;
	quantity: number;
	title: string;
	updatedAt: string;
	/** Revisions (`version-hash`, see revision.ts) this event grew from, oldest first: how a merge tells "newer" from "changed on both sides". */
	history: string[];
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
		endTime: '12:00',
		status: '候補',
		contact: '',
		expected: 0,
		actual: null,
		company: '',
		site: '',
		companyId: '',
		venue: '',
		product: '',
		unitCost: 0,
		quantity: 0,
		title: '',
		updatedAt: new Date().toISOString(),
		history: []
	};
}

/** Where the event happens, for calendars: the company's site, the venue, or the place typed for other events. */
export function placeOf(e: Pick<PlanEvent, 'kind' | 'site' | 'venue' | 'company'>): string {
	if (e.kind === 'offsite') return e.venue;
	if (e.kind === 'corporate') return [e.company, e.site].filter(Boolean).join(' ');
	return e.site;
}

/** Start + 2 hours (at most 23:59): the end given to events saved before they had one. */
export function defaultEndTime(time: string): string {
	const [h, m] = time.split(':').map(Number);
	return h + 2 > 23 ? '23:59' : `${String(h + 2).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
