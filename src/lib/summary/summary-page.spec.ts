import { describe, expect, it } from 'vitest';
import { leversOf, readSummaryQuery, summaryFigures, summaryQuery } from './summary-page';
import type { PrefectureHistoryRow, PrefectureLeverRow } from '../sql/queries';
import { FAN_HORIZON_DAYS } from '../data/summary-outlook';
import { daysBetween } from '../domain/projection';

// Invented: three prefectures of 1,000 people over twelve monthly releases in 2099, growing 10, 8 and 6 cards a day.
const names = ['青森県', '岩手県', '宮城県'];
const releases = Array.from({ length: 12 }, (_, m) => `2099-${String(m + 1).padStart(2, '0')}-01`);
const history: PrefectureHistoryRow[] = releases.flatMap((date) => {
	const day = daysBetween('2099-01-01', date);
	const rows = names.map((prefecture, i) => ({ release_date: date, prefecture, pref_code: i + 2, population: 100_000, cards: 20_000 + (10 - 2 * i) * day * (1 + (day % 3)) / 2 }));
	const national = (100 * rows.reduce((s, r) => s + r.cards, 0)) / 300_000;
	return rows.map((r, i) => ({ ...r, rate: r.cards / 1000, rank: i + 1, national_rate: national }));
});

describe('readSummaryQuery', () => {
	it('takes a known prefecture and release from the address', () => {
		expect(readSummaryQuery('?pref=岩手県&date=2099-03-01', releases, '2099-12-01', '青森県')).toEqual({ focus: '岩手県', releaseDate: '2099-03-01', note: null, corrected: null });
	});
	it('falls back to the defaults, names what it ignored and corrects the address', () => {
		const q = readSummaryQuery('?pref=どこか&date=2099-02-30&x=1', releases, '2099-12-01', '青森県');
		expect([q.focus, q.releaseDate]).toEqual(['青森県', '2099-12-01']);
		expect(q.note).toContain('pref=どこか');
		expect(q.note).toContain('date=2099-02-30');
		expect(q.corrected).toBe('?x=1');
	});
});

describe('summaryQuery', () => {
	it('writes only what differs from the defaults and keeps other keys', () => {
		const defaults = { prefecture: '青森県', release: '2099-12-01' };
		expect(summaryQuery('?x=1', '岩手県', '2099-12-01', defaults)).toBe('?x=1&pref=%E5%B2%A9%E6%89%8B%E7%9C%8C');
		expect(summaryQuery('?pref=岩手県', '青森県', '2099-12-01', defaults)).toBe('');
	});
});

describe('summaryFigures', () => {
	it('gives every figure for the chosen prefecture and release, the fan stopping half a year ahead', () => {
		const f = summaryFigures(history, releases, '岩手県', '2099-06-01', null)!;
		expect(f.me.prefecture).toBe('岩手県');
		expect(f.actual.at(-1)!.release_date).toBe('2099-06-01');
		expect(f.previous!.release_date).toBe('2099-05-01');
		expect(f.outlook.map((r) => r.deadline.date)).toEqual(f.deadlines.map((d) => d.date));
		for (const r of f.outlook) expect(r.rankLow! <= r.rank && r.rank <= r.rankHigh!).toBe(true);
		expect(daysBetween('2099-06-01', f.fan.at(-1)!.date)).toBeLessThanOrEqual(FAN_HORIZON_DAYS);
		expect(f.fan.at(-1)!.date).toBe(f.fanEnd);
		// The low never falls as the fan goes on.
		for (let i = 1; i < f.fan.length; i++) expect(f.fan[i].low).toBeGreaterThanOrEqual(f.fan[i - 1].low - 1e-9);
	});
	it('is null for a prefecture the release does not hold', () => {
		expect(summaryFigures(history, releases, '秋田県', '2099-06-01', null)).toBeNull();
	});
});

describe('leversOf', () => {
	it('keeps the focus prefecture’s municipalities and bureaus with a gap', () => {
		const rows: PrefectureLeverRow[] = [
			{ prefecture: '岩手県', unit: 'municipality', name: 'A市', cards_to_national_rate: 50, hokkaido_points: 0.05 },
			{ prefecture: '岩手県', unit: 'municipality', name: 'B町', cards_to_national_rate: 0, hokkaido_points: 0 },
			{ prefecture: '青森県', unit: 'municipality', name: 'C村', cards_to_national_rate: 9, hokkaido_points: 0.01 },
			{ prefecture: '岩手県', unit: 'bureau', name: 'D局', cards_to_national_rate: 50, hokkaido_points: 0.05 }
		];
		const mine = leversOf(rows, '岩手県');
		expect(mine.municipalities.map((r) => r.name)).toEqual(['A市']);
		expect(mine.bureaus.map((r) => r.name)).toEqual(['D局']);
	});
});
