import { describe, expect, it, vi } from 'vitest';
import { SummaryPage, type SummaryPageSources } from './summary-page.svelte';
import { summaryFigures } from './summary-page';
import type { PrefectureHistoryRow, PrefectureLeverRow } from '../sql/queries';
import { daysBetween } from '../domain/projection';

// Invented: three prefectures of 1,000 people over twelve monthly releases in 2099 (as summary-page.spec.ts).
const names = ['青森県', '岩手県', '宮城県'];
const releases = Array.from({ length: 12 }, (_, m) => `2099-${String(m + 1).padStart(2, '0')}-01`);
const history: PrefectureHistoryRow[] = releases.flatMap((date) => {
	const day = daysBetween('2099-01-01', date);
	const rows = names.map((prefecture, i) => ({ release_date: date, prefecture, pref_code: i + 2, population: 100_000, cards: 20_000 + ((10 - 2 * i) * day * (1 + (day % 3))) / 2 }));
	const national = (100 * rows.reduce((s, r) => s + r.cards, 0)) / 300_000;
	return rows.map((r, i) => ({ ...r, rate: r.cards / 1000, rank: i + 1, national_rate: national }));
});
/** One municipality per prefecture, named after its release so a test can tell which release's levers are drawn. */
const leversOfDate = (date: string): PrefectureLeverRow[] => names.map((prefecture) => ({ prefecture, unit: 'municipality', name: `${prefecture}${date}`, cards_to_national_rate: 10, hokkaido_points: 0.1 }));
const held = history.filter((r) => r.release_date >= '2099-06-01');

function setUp(sources: Partial<SummaryPageSources> = {}) {
	const addresses: string[] = [];
	const asked: string[] = [];
	const page = new SummaryPage(
		{ releases, releaseDate: '2099-12-01', history, heldHistory: held, levers: leversOfDate('2099-12-01') },
		{
			site: '青森県',
			levers: async (date) => (asked.push(date), leversOfDate(date)),
			importedHeld: async () => null,
			address: { correct: (q) => addresses.push(`correct ${q}`), replace: (q) => addresses.push(`replace ${q}`) },
			...sources
		}
	);
	return { page, addresses, asked };
}

describe('SummaryPage', () => {
	it('shows the site’s prefecture and the latest release with the prerendered levers, asking for nothing', async () => {
		const { page, addresses, asked } = setUp();
		await page.mount('');
		expect([page.focus, page.releaseDate]).toEqual(['青森県', '2099-12-01']);
		expect(page.figures).toEqual(summaryFigures(history, releases, '青森県', '2099-12-01', null));
		expect(page.lastDeadline).toEqual(page.figures.deadlines.at(-1));
		expect(page.leversAreCurrent).toBe(true);
		expect(page.mine.municipalities.map((r) => r.name)).toEqual(['青森県2099-12-01']);
		expect(page.heldHistory).toBe(held);
		expect(addresses).toEqual([]);
		expect(asked).toEqual([]);
	});

	it('reads prefecture and release from the address and loads that release’s levers', async () => {
		const { page, asked } = setUp();
		const loaded = page.mount('?pref=岩手県&date=2099-06-01');
		expect(page.focus).toBe('岩手県');
		expect(page.leversAreCurrent).toBe(false);
		await loaded;
		expect(asked).toEqual(['2099-06-01']);
		expect(page.leversAreCurrent).toBe(true);
		expect(page.mine.municipalities.map((r) => r.name)).toEqual(['岩手県2099-06-01']);
		expect(page.figures.me).toMatchObject({ prefecture: '岩手県', release_date: '2099-06-01' });
	});

	it('names what the address asked for and could not use, and corrects the address once', async () => {
		const { page, addresses } = setUp();
		await page.mount('?pref=どこか&date=2099-02-30&x=1');
		expect(page.query.note).toContain('pref=どこか');
		expect([page.focus, page.releaseDate]).toEqual(['青森県', '2099-12-01']);
		expect(addresses).toEqual(['correct ?x=1']);
	});

	it('a choice writes the address without the defaults and never draws an overtaken release’s levers', async () => {
		const gates = new Map<string, () => void>();
		const { page, addresses } = setUp({
			levers: (date) => new Promise((resolve) => gates.set(date, () => resolve(leversOfDate(date))))
		});
		await page.mount('');
		const first = page.choose('宮城県', '2099-03-01');
		const second = page.choose('宮城県', '2099-04-01');
		expect(addresses).toEqual([`replace ?pref=${encodeURIComponent('宮城県')}&date=2099-03-01`, `replace ?pref=${encodeURIComponent('宮城県')}&date=2099-04-01`]);
		gates.get('2099-04-01')!();
		await second;
		gates.get('2099-03-01')!();
		await first;
		expect(page.levers.date).toBe('2099-04-01');
		expect(page.mine.municipalities.map((r) => r.name)).toEqual(['宮城県2099-04-01']);
		page.choose('青森県', '2099-12-01');
		expect(addresses.at(-1)).toBe('replace ');
	});

	it('keeps the levers shown when a release has no file, marked as not current', async () => {
		const { page } = setUp({ levers: async () => null });
		await page.mount('?date=2099-05-01');
		expect(page.levers.date).toBe('2099-12-01');
		expect(page.leversAreCurrent).toBe(false);
	});

	it('takes the cards held with this browser’s imports, and keeps the build’s when reading them fails', async () => {
		const mine = history.slice(0, 3);
		const { page } = setUp({ importedHeld: async () => mine });
		await page.mount('');
		await vi.waitFor(() => expect(page.heldHistory).toBe(mine));
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failing = setUp({ importedHeld: async () => Promise.reject(new Error('no engine')) });
		await failing.page.mount('');
		await vi.waitFor(() => expect(error).toHaveBeenCalled());
		expect(failing.page.heldHistory).toBe(held);
		error.mockRestore();
	});

	it('redraws the outlook for a scenario', () => {
		const { page } = setUp();
		const before = page.figures.outlook;
		page.scenario = { start: '2099-12-02', end: '2100-01-31', multiplier: 3 };
		expect(page.figures.outlook).not.toEqual(before);
	});
});
