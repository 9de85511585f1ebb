/**
 * Past surges of issuance: intervals between releases whose national pace (cards per day) was at
 * least `threshold` times the median pace of the `window` intervals before; consecutive ones merge.
 */
import { daysBetween, type SeriesPoint } from './projection';

export interface Surge {
	start: string;
	end: string;
	days: number;
	/** Pace over the surge ÷ the median pace of the intervals before its first one. */
	strength: number;
}

/** The nation as the sum of the series at each date present in all of them. */
export function nationalSeries(seriesById: Iterable<SeriesPoint[]>): SeriesPoint[] {
	const sums = new Map<string, SeriesPoint & { n: number }>();
	let count = 0;
	for (const series of seriesById) {
		count++;
		for (const p of series) {
			const s = sums.get(p.date) ?? { date: p.date, population: 0, cards: 0, n: 0 };
			s.population += p.population;
			s.cards += p.cards;
			s.n++;
			sums.set(p.date, s);
		}
	}
	return [...sums.values()]
		.filter((s) => s.n === count)
		.sort((a, b) => a.date.localeCompare(b.date))
		.map(({ date, population, cards }) => ({ date, population, cards }));
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function findSurges(national: SeriesPoint[], threshold = 1.5, window = 6, minWindow = 3): Surge[] {
	const paces = national.slice(1).map((p, i) => (p.cards - national[i].cards) / daysBetween(national[i].date, p.date));
	const surges: Surge[] = [];
	let open: { from: number; to: number; before: number } | null = null;
	const close = () => {
		if (!open) return;
		const a = national[open.from];
		const b = national[open.to + 1];
		const days = daysBetween(a.date, b.date);
		surges.push({ start: a.date, end: b.date, days, strength: (b.cards - a.cards) / days / open.before });
		open = null;
	};
	paces.forEach((pace, i) => {
		const before = paces.slice(Math.max(0, i - window), i);
		const base = before.length >= minWindow ? median(before) : NaN;
		const surging = base > 0 && pace >= threshold * base;
		if (surging && open) open.to = i;
		else if (surging) open = { from: i, to: i, before: base };
		else close();
	});
	close();
	return surges;
}
