import { afterEach, describe, expect, it, vi } from 'vitest';
import { RankingPage, municipalKey, type RankingPageSources } from './ranking-page.svelte';
import type { NationalMunicipalRates } from '../data/national-municipal-rates';
import type { ColumnQueryEngine } from '../sql/engine';
import { NATIONAL_MUNICIPAL_RATES_HELD, PREFECTURE_HISTORY_HELD, type PrefectureHistoryRow } from '../sql/queries';
import type { Columns } from '../sql/arrow-columns';
import { ja } from '../messages/ja';

// Invented: three prefectures over three releases of cards issued; cards held from the last one only.
const names = ['青森県', '岩手県', '宮城県'];
const releases = ['2099-01-01', '2099-02-01', '2099-03-01'];
const rowsOf = (date: string, base: number): PrefectureHistoryRow[] =>
	names.map((prefecture, i) => ({ release_date: date, prefecture, pref_code: i + 2, population: 1000, cards: base + 100 * (2 - i) + (i === 1 ? 150 * releases.indexOf(date) : 0), rate: 0, rank: 0, national_rate: 0 }));
function ranked(rows: PrefectureHistoryRow[]): PrefectureHistoryRow[] {
	const national = (100 * rows.reduce((s, r) => s + r.cards, 0)) / 3000;
	const sorted = [...rows].sort((a, b) => b.cards - a.cards);
	return rows.map((r) => ({ ...r, rate: r.cards / 10, rank: sorted.indexOf(r) + 1, national_rate: national }));
}
const history = releases.flatMap((d) => ranked(rowsOf(d, 300)));
const heldHistory = ranked(rowsOf('2099-03-01', 200));
/** The distribution of one release and measure, told apart by the first municipality's name. */
const ratesOf = (date: string, metric: string): NationalMunicipalRates => ({ code6: ['022012'], name: [`${metric}${date}`], pref_code: [2], rate: [50] });

function fakeEngine(imported: PrefectureHistoryRow[] = history) {
	const asked: string[] = [];
	const engine: ColumnQueryEngine = {
		async query<Row>(sql: string) {
			asked.push(sql === PREFECTURE_HISTORY_HELD ? 'held history' : 'history');
			return (sql === PREFECTURE_HISTORY_HELD ? heldHistory : imported) as Row[];
		},
		async queryColumns<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			const metric = sql === NATIONAL_MUNICIPAL_RATES_HELD ? 'held' : 'issued';
			asked.push(`municipalities ${metric} ${params[0]}`);
			return ratesOf(String(params[0]), metric) as unknown as Columns<Row>;
		},
		async close() {}
	};
	return { engine, asked };
}

function setUp(sources: Partial<RankingPageSources> = {}, engine = fakeEngine()) {
	const addresses: string[] = [];
	const prebuilt: string[] = [];
	const page = new RankingPage(
		{ releases, releaseDate: '2099-03-01', history, heldHistory, municipalities: ratesOf('2099-03-01', 'issued') },
		{
			site: '青森県',
			importedCount: async () => 0,
			engine: async () => engine.engine,
			prebuiltMunicipalities: async (date) => (prebuilt.push(date), ratesOf(date, 'issued')),
			address: { correct: (q) => addresses.push(`correct ${q}`), push: (q) => addresses.push(`push ${q}`) },
			...sources
		}
	);
	return { page, addresses, prebuilt, asked: engine.asked };
}

afterEach(() => vi.restoreAllMocks());

describe('RankingPage', () => {
	it('shows the site’s prefecture at the latest release by cards issued, with the prerendered municipalities, asking for nothing', async () => {
		const { page, addresses, prebuilt, asked } = setUp();
		await page.mount('');
		expect([page.focus, page.releaseDate, page.metric]).toEqual(['青森県', '2099-03-01', 'issued']);
		expect(page.focusRow).toMatchObject({ prefecture: '青森県', rank: 2 });
		expect(page.previousRank).toBe(2); // 岩手県 passed it at 2099-02-01
		expect(page.rows).toHaveLength(3);
		expect(page.rateByName.get('岩手県')).toBe(page.rows.find((r) => r.prefecture === '岩手県')!.rate);
		expect(page.releasesUpTo).toEqual(releases);
		expect(page.calculatorShown).toBe(true);
		expect(page.municipalCurrent).toBe(true);
		expect([addresses, prebuilt, asked]).toEqual([[], [], []]);
	});

	it('a release chosen: the address, the ranking of that release and its prerendered municipalities', async () => {
		const { page, addresses, prebuilt, asked } = setUp();
		await page.mount('');
		const loading = page.chooseRelease('2099-01-01');
		expect(page.releaseDate).toBe('2099-01-01');
		expect(page.municipalCurrent).toBe(false);
		await loading;
		expect(page.municipalCurrent).toBe(true);
		expect(page.municipalities.name[0]).toBe('issued2099-01-01');
		expect(page.previousRank).toBeUndefined();
		expect(page.historyUpTo.every((r) => r.release_date <= '2099-01-01')).toBe(true);
		expect(prebuilt).toEqual(['2099-01-01']);
		expect(asked).toEqual([]);
		await page.chooseRelease('2099-03-01');
		expect(addresses).toEqual(['push ?date=2099-01-01', 'push ']);
	});

	it('cards held: the held ranking, never compared with a rank by cards issued; municipalities from the engine', async () => {
		const { page, asked } = setUp();
		await page.mount('');
		const loading = page.navigate({ measure: 'held' });
		expect(page.metric).toBe('held');
		expect(page.labels).toBe(ja.metricLabels.held);
		expect(page.metricHistory).toBe(heldHistory);
		expect(page.previousRank).toBeUndefined();
		expect(page.heldReleaseCount).toBe(1);
		expect(page.calculatorShown).toBe(false);
		expect(page.waitingForEngine).toBe(true);
		await loading;
		expect(page.waitingForEngine).toBe(false);
		expect(asked).toEqual(['municipalities held 2099-03-01']);
		expect(page.municipal.metric).toBe('held');
		expect(page.municipalCurrent).toBe(true);
	});

	it('never draws an overtaken answer: only the key asked for is current', async () => {
		const gates = new Map<string, () => void>();
		const { page } = setUp({ prebuiltMunicipalities: (date) => new Promise((resolve) => gates.set(date, () => resolve(ratesOf(date, 'issued')))) });
		await page.mount('');
		const first = page.chooseRelease('2099-01-01');
		const second = page.chooseRelease('2099-02-01');
		gates.get('2099-02-01')!();
		await second;
		gates.get('2099-01-01')!();
		await first;
		expect(page.municipal.date).toBe('2099-02-01');
		expect(page.isCurrent(municipalKey('2099-02-01', 'issued'))).toBe(true);
		expect(page.isCurrent(municipalKey('2099-01-01', 'issued'))).toBe(false);
	});

	it('back and forward read the address again', async () => {
		const { page } = setUp();
		await page.mount('?pref=宮城県');
		expect(page.focus).toBe('宮城県');
		await page.popState('?pref=岩手県&date=2099-02-01');
		expect([page.focus, page.releaseDate]).toEqual(['岩手県', '2099-02-01']);
		expect(page.neighbours).toContain('岩手県');
	});

	it('names unknown values and corrects the address once this browser’s releases are known', async () => {
		const imported = [...history, ...ranked(rowsOf('2099-04-01', 400))];
		const fake = fakeEngine(imported);
		const { page, addresses, prebuilt, asked } = setUp({ importedCount: async () => 1 }, fake);
		await page.mount('?date=2099-04-01&pref=X');
		// The imported release is read, not dropped; only the unknown prefecture is.
		expect(addresses).toEqual(['correct ?date=2099-04-01']);
		expect(page.query.note).toContain('pref=X');
		expect(page.importedHere).toBe(true);
		expect(page.releaseDate).toBe('2099-04-01');
		expect(page.releases.at(-1)).toBe('2099-04-01');
		// Releases imported here are asked of the engine, never of the prerendered files.
		expect(prebuilt).toEqual([]);
		expect(asked).toContain('municipalities issued 2099-04-01');
		expect(page.municipalCurrent).toBe(true);
	});

	it('finds a municipality by name in the distribution shown', async () => {
		const { page } = setUp();
		await page.mount('');
		page.findText = 'issued';
		expect(page.found).toBe('022012');
		page.findText = '';
		expect(page.found).toBeNull();
	});
});
