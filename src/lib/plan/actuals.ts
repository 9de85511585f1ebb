/** Planned against actual uptake for municipalities with events, once a release after them exists. */
import type { PlanEvent } from './events';
import type { MunicipalCardsRow } from '../sql/queries';

export interface ActualRow {
	code6: string;
	planned: number;
	/** Cards gained from the last release before the first event to the latest release after it; null until one exists. */
	actual: number | null;
	since: string;
}

export function plannedVersusActual(events: PlanEvent[], cards: MunicipalCardsRow[]): ActualRow[] {
	const byCode = new Map<string, PlanEvent[]>();
	for (const e of events) {
		if (e.status === '候補') continue;
		const list = byCode.get(e.code6);
		if (list) list.push(e);
		else byCode.set(e.code6, [e]);
	}
	return [...byCode].map(([code6, list]) => {
		const first = list.map((e) => e.date).sort()[0];
		const series = cards.filter((c) => c.code6 === code6);
		const before = series.filter((c) => c.release_date < first).at(-1);
		const after = series.filter((c) => c.release_date > first).at(-1);
		return { code6, planned: list.reduce((s, e) => s + e.expected, 0), actual: before && after ? after.cards - before.cards : null, since: before?.release_date ?? first };
	});
}
