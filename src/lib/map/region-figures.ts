/**
 * A prefecture's regions (Hokkaido's 振興局 from the data, or a region list imported for another
 * prefecture) applied to a map view: each municipality's region and each region's figures from the
 * sums of its municipalities. A region's rate is its cards ÷ its population, as BUREAU_MEASURES has it.
 */
import type { ReleaseView } from '../data/headline';
import type { BureauMeasureRow } from '../sql/queries';

export type RegionOf = ReadonlyMap<string, string>;

/** The regions the data holds for a view's municipalities (Hokkaido's bureaus), or null when it holds none. */
export function regionsInData(figures: readonly { code6: string; bureau: string | null }[]): RegionOf | null {
	const pairs = figures.filter((f) => f.bureau).map((f) => [f.code6, f.bureau!] as const);
	return pairs.length ? new Map(pairs) : null;
}

/** The region names of a grouping, in Japanese order. */
export function regionNames(regionOf: RegionOf | null): string[] {
	return regionOf ? [...new Set(regionOf.values())].sort((a, b) => a.localeCompare(b, 'ja')) : [];
}

/**
 * The view with `regionOf` as its regions. A view whose rows already carry these regions (the
 * built-in bureaus) is returned as it is; municipalities outside the list belong to no region.
 */
export function withRegions(view: ReleaseView, regionOf: RegionOf | null): ReleaseView {
	if (!regionOf) return view.bureaus.length ? { ...view, bureaus: [], figures: view.figures.map((f) => ({ ...f, bureau: '' })) } : view;
	if (view.bureaus.length && view.figures.every((f) => regionOf.get(f.code6) === f.bureau)) return view;
	const figures = view.figures.map((f) => ({ ...f, bureau: regionOf.get(f.code6) ?? '' }));
	return { ...view, figures, bureaus: regionRows(figures, view.headline.rate, view.headline.national_rate) };
}

/**
 * Each region's measures from its municipalities' rows: sums of population, cards and the change in
 * cards. The change in rate needs the base release's populations, which the rows do not hold: null.
 */
export function regionRows(figures: readonly { bureau: string; population: number; cards: number; cards_change: number | null }[], prefectureRate: number, nationalRate: number): BureauMeasureRow[] {
	const sums = new Map<string, { population: number; cards: number; change: number | null; count: number }>();
	for (const f of figures) {
		if (!f.bureau) continue;
		const s = sums.get(f.bureau) ?? { population: 0, cards: 0, change: 0, count: 0 };
		s.population += f.population;
		s.cards += f.cards;
		s.change = s.change == null || f.cards_change == null ? null : s.change + f.cards_change;
		s.count += 1;
		sums.set(f.bureau, s);
	}
	const rows = [...sums].map(([bureau, s]) => {
		const rate = (100.0 * s.cards) / s.population;
		return {
			bureau,
			municipality_count: s.count,
			population: s.population,
			cards: s.cards,
			rate,
			without_card: s.population - s.cards,
			rate_change: null,
			cards_change: s.change,
			gap_national: rate - nationalRate,
			gap_hokkaido: rate - prefectureRate,
			rank_in_prefecture: 0
		};
	});
	rows.sort((a, b) => b.cards / b.population - a.cards / a.population || a.bureau.localeCompare(b.bureau, 'ja'));
	// Ties share a rank, as rank() in SQL.
	rows.forEach((r, i) => (r.rank_in_prefecture = i > 0 && r.cards * rows[i - 1].population === rows[i - 1].cards * r.population ? rows[i - 1].rank_in_prefecture : i + 1));
	return rows;
}
