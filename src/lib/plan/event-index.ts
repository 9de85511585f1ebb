/** Derived views of the event list, each one pass (the page recomputes them only when events change). */
import type { PlanEvent } from './events';

/** By date, time, then id: a stable order for the list, CSV and calendar. */
export function sortEvents(events: readonly PlanEvent[]): PlanEvent[] {
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function eventCountByCode(events: readonly PlanEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events) counts.set(e.code6, (counts.get(e.code6) ?? 0) + 1);
	return counts;
}

/** Events by date, in the order given. */
export function eventsByDate(events: readonly PlanEvent[]): Map<string, PlanEvent[]> {
	const map = new Map<string, PlanEvent[]>();
	for (const e of events) {
		const list = map.get(e.date);
		if (list) list.push(e);
		else map.set(e.date, [e]);
	}
	return map;
}
