/** Series of releases per prefecture or municipality, grouped for projections. */
import type { SeriesPoint } from '../domain/projection';
import type { SeriesRow } from '../sql/queries';

export function groupSeries(rows: SeriesRow[]): Map<string, SeriesPoint[]> {
	const byId = new Map<string, SeriesPoint[]>();
	for (const r of rows) {
		let points = byId.get(r.id);
		if (!points) byId.set(r.id, (points = []));
		points.push({ date: r.release_date, population: r.population, cards: r.cards });
	}
	for (const points of byId.values()) points.sort((a, b) => a.date.localeCompare(b.date));
	return byId;
}
