/**
 * Every series projected from the releases up to `from` to `to`, with its interval and its rank by
 * projected cards ÷ population (1 = highest, ties share). The one definition behind the CLI
 * (`npm run project`) and every screen that shows a projection.
 */
import type { SeriesPoint } from './projection';
import { projectWithInterval, type IntervalModel, type ProjectionWithInterval } from './projection-interval';
import { applyScenario, type Scenario } from './scenario';

export interface ProjectedEntry {
	id: string;
	projection: ProjectionWithInterval;
	rank: number;
}

export function projectRanking(seriesById: Map<string, SeriesPoint[]>, from: string, to: string, model: IntervalModel, scenario: Scenario | null = null): ProjectedEntry[] {
	const entries: Omit<ProjectedEntry, 'rank'>[] = [];
	for (const [id, series] of seriesById) {
		const upTo = series.filter((p) => p.date <= from);
		if (upTo.length === 0) continue;
		const base = projectWithInterval(upTo, to, model);
		entries.push({ id, projection: scenario ? applyScenario(upTo, base, to, scenario) : base });
	}
	const ratio = (e: Omit<ProjectedEntry, 'rank'>) => e.projection.cards / e.projection.population;
	return entries.map((e) => ({ ...e, rank: 1 + entries.filter((o) => ratio(o) > ratio(e)).length }));
}
