import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapPage, type MapPageData, type MapPageSources, type PrefectureStart } from './map-page.svelte';
import type { ReleaseView } from '../data/headline';
import type { QueryEngine } from '../sql/engine';
import type { HokkaidoShapes } from './hokkaido-shapes';

const RELEASES = ['2099-01-31', '2099-02-28', '2099-03-31'];
/** Invented municipalities: two of 北海道 (one bureau each), two of 長野県. 長野県 has no rows in 2099-02-28. */
const MUNICIPALITIES: Record<string, { code6: string; name: string; bureau: string }[]> = {
	北海道: [
		{ code6: '011002', name: '甲市', bureau: '石狩振興局' },
		{ code6: '012025', name: '乙市', bureau: '渡島総合振興局' }
	],
	長野県: [
		{ code6: '202011', name: '丙市', bureau: '' },
		{ code6: '202029', name: '丁市', bureau: '' }
	]
};
const hasRows = (prefecture: string, date: string) => !(prefecture === '長野県' && date === '2099-02-28');
const cardsOf = (code6: string, date: string) => 100 * (RELEASES.indexOf(date) + 1) + Number(code6.slice(3, 5));

function figures(prefecture: string, date: string) {
	if (!hasRows(prefecture, date)) return [];
	return MUNICIPALITIES[prefecture].map((m) => {
		const cards = cardsOf(m.code6, date);
		return { ...m, population: 1000, cards, rate: cards / 10, without_card: 1000 - cards, rate_change: null, cards_change: null, gap_national: 0, gap_hokkaido: 0, rank_in_prefecture: 1 };
	});
}

function viewOf(prefecture: string, releaseDate: string, baseDate: string | null): ReleaseView {
	const bureaus = prefecture === '北海道' ? MUNICIPALITIES[prefecture].map((m) => ({ bureau: m.bureau })) : [];
	return { prefecture, releaseDate, baseDate, metric: 'issued', headline: { prefecture, release_date: releaseDate, rate: 40, national_rate: 50 }, bureaus, figures: figures(prefecture, releaseDate) } as unknown as ReleaseView;
}

function shapesOf(prefecture: string): HokkaidoShapes {
	const municipalities = MUNICIPALITIES[prefecture].map((m) => ({ ...m, code5: m.code6.slice(0, 5), hasData: true, d: '', bounds: [0, 0, 1, 1], tile: { x: 0, y: 0 }, abbreviation: m.name }));
	return { prefecture, width: 800, height: 640, tileSize: 28, municipalities, regionOutline: '', insets: [], omitted: [] } as unknown as HokkaidoShapes;
}

/** An engine answering the map's three queries from the invented rows, counting what it is asked. */
function fakeEngine() {
	const asked: string[] = [];
	const engine: QueryEngine = {
		async query<Row>(sql: string, params: readonly (string | number | null)[] = []) {
			const [date, base, prefecture] = params as string[];
			if (sql.includes('prefecture_count')) {
				asked.push(`${base}|${date}`); // PREFECTURE_HEADLINE: $1 date, $2 prefecture
				return [{ prefecture: base, release_date: date, rate: 40, national_rate: 50 }] as Row[];
			}
			if (sql.includes('municipality_count')) return (prefecture === '北海道' ? MUNICIPALITIES['北海道'].map((m) => ({ bureau: m.bureau })) : []) as Row[];
			if (sql.includes('gap_hokkaido')) return figures(prefecture, date) as Row[];
			return [] as Row[];
		},
		async close() {}
	};
	return { engine, asked };
}

function setUp({ prefectureStart }: { prefectureStart?: MapPageSources['prefectureStart'] } = {}) {
	const painted: (() => void)[] = [];
	const addresses: string[] = [];
	const { engine, asked } = fakeEngine();
	const data: MapPageData = {
		prefecture: '北海道',
		shapes: shapesOf('北海道'),
		view: viewOf('北海道', '2099-03-31', '2099-02-28'),
		peers: { date: '2099-03-31', rows: [] },
		releaseMeasures: RELEASES.map((release_date) => ({ release_date, issued: true, held: false }))
	};
	const sources: MapPageSources = {
		prebuilt: async ({ releaseDate, prefecture }) => (prefecture === '北海道' && RELEASES.includes(releaseDate) ? viewOf('北海道', releaseDate, RELEASES[RELEASES.indexOf(releaseDate) - 1] ?? null) : null),
		prefectureStart:
			prefectureStart ??
			(async (prefecture) =>
				MUNICIPALITIES[prefecture] ? ({ prefecture, shapes: shapesOf(prefecture), view: viewOf(prefecture, '2099-03-31', '2099-02-28'), peers: { date: '2099-03-31', rows: [] } } satisfies PrefectureStart) : null),
		allViews: async () => [],
		engine: async () => engine,
		peerRanks: async () => [],
		afterPaint: (run) => void painted.push(run),
		address: { push: (url) => addresses.push(`push ${url}`), replace: (url) => addresses.push(`replace ${url}`) }
	};
	const page = new MapPage('北海道', data, sources);
	const paint = () => painted.splice(0).forEach((run) => run());
	return { page, paint, addresses, asked };
}

afterEach(() => vi.useRealTimers());

describe('MapPage', () => {
	it('draws the prerendered view of the deployment’s prefecture as current, and corrects nothing', async () => {
		const { page, paint, addresses } = setUp();
		expect(await page.mount('')).toBe('shown');
		paint();
		expect(page.viewIsCurrent).toBe(true);
		expect(page.tableIsCurrent).toBe(true);
		expect(page.view?.figures.map((f) => f.code6)).toEqual(['011002', '012025']);
		expect(page.regions).toEqual(['渡島総合振興局', '石狩振興局'].sort((a, b) => a.localeCompare(b, 'ja')));
		expect(page.ignoredNote).toBeNull();
		expect(addresses).toEqual([]);
	});

	it('draws another prefecture from ?pref=, showing nothing of the previous one while it loads', async () => {
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const { page } = setUp({
			prefectureStart: async (prefecture) => {
				await gate;
				return { prefecture, shapes: shapesOf(prefecture), view: viewOf(prefecture, '2099-03-31', '2099-02-28'), peers: { date: '2099-03-31', rows: [] } };
			}
		});
		const shown = page.mount('?pref=長野県');
		expect(page.prefecture).toBe('長野県');
		expect(page.view).toBeNull();
		expect(page.tableView).toBeNull();
		expect(page.viewIsCurrent).toBe(false);
		release();
		expect(await shown).toBe('shown');
		expect(page.start.prefecture).toBe('長野県');
		expect(page.view?.figures.map((f) => f.code6)).toEqual(['202011', '202029']);
		expect(page.measure.label).toBe('交付率');
		expect(page.navigate({ measure: 'gap_hokkaido' })).toBe('?pref=%E9%95%B7%E9%87%8E%E7%9C%8C&measure=gap_hokkaido');
		expect(page.measure.label).toBe('長野県交付率との差');
		expect(page.regions).toEqual([]);
	});

	it('says a partial release has no municipal data for the prefecture, never drawing 0 or another prefecture', async () => {
		const { page, paint } = setUp();
		await page.mount('?pref=長野県');
		paint(); // the first map painted: the engine starts
		expect(await page.popState('?pref=長野県&date=2099-02-28')).toBe('no-data');
		expect(page.noData).toBe(true);
		expect(page.view?.figures).toEqual([]);
		expect(page.view?.prefecture).toBe('長野県');
	});

	it('lists and removes from the address what it cannot show', async () => {
		const { page, paint, addresses } = setUp();
		await page.mount('?date=2099-01-01&pref=北海道県&m=011001&measure=bogus&view=tile');
		paint();
		expect(page.ignoredNote).toBe('アドレスの「pref=北海道県」「date=2099-01-01」「measure=bogus」「m=011001」は読めないため使わず、既定の表示にしました。');
		expect(page.state.view).toBe('tile');
		expect(addresses).toEqual(['replace ?view=tile']);
	});

	it('reads a municipality code against the prefecture named, before and after its shapes arrive', async () => {
		const { page, paint, addresses } = setUp();
		await page.mount('?pref=長野県&m=202011');
		paint();
		expect(page.state.selected).toBe('202011');
		expect(addresses).toEqual([]);
		await page.popState('?pref=長野県&m=011002');
		expect(page.state.selected).toBeNull();
	});

	it('shows the newest request when answers come back out of order', async () => {
		const { page } = setUp();
		await page.mount('');
		const slow = page.popState('?pref=長野県&date=2099-01-31');
		const fast = page.popState('?date=2099-01-31');
		expect(await fast).toBe('shown');
		expect(await slow).toBe('superseded');
		expect(page.view?.prefecture).toBe('北海道');
		expect(page.view?.releaseDate).toBe('2099-01-31');
		expect(page.viewIsCurrent).toBe(true);
	});

	it('keeps the table a painted frame behind, marked as not current until then', async () => {
		const { page, paint, addresses } = setUp();
		await page.mount('');
		paint();
		page.navigate({ date: '2099-01-31' });
		await vi.waitFor(() => expect(page.viewIsCurrent).toBe(true));
		expect(page.tableIsCurrent).toBe(false);
		expect(page.table.identity.releaseDate).toBe('2099-03-31');
		paint();
		expect(page.tableIsCurrent).toBe(true);
		expect(page.tableView?.releaseDate).toBe('2099-01-31');
		expect(addresses).toEqual(['push ?date=2099-01-31']);
	});

	it('groups another prefecture by an imported region list: unit and filter work, rates are cards ÷ population', async () => {
		const { page } = setUp();
		await page.mount('?pref=長野県');
		page.useRegions('長野県', new Map([['202011', '北信'], ['202029', '北信']]));
		expect(page.regions).toEqual(['北信']);
		await page.popState('?pref=長野県&unit=bureau&bureau=北信');
		expect(page.parsed.ignored).toEqual([]);
		const [north] = page.view!.bureaus;
		expect(north).toMatchObject({ bureau: '北信', population: 2000, cards: cardsOf('202011', '2099-03-31') + cardsOf('202029', '2099-03-31') });
	});

	it('asks the engine for a release of another prefecture that was not prerendered', async () => {
		const { page, paint, asked } = setUp();
		await page.mount('?pref=長野県');
		paint();
		expect(await page.popState('?pref=長野県&date=2099-01-31')).toBe('shown');
		expect(asked).toContain('長野県|2099-01-31');
		expect(page.view?.figures[0].cards).toBe(cardsOf('202011', '2099-01-31'));
	});

	it("starts the engine only once another prefecture's shapes are in, and still answers its older releases from it", async () => {
		let arrive: (() => void) | undefined;
		const { page, paint } = setUp({
			prefectureStart: (prefecture) => new Promise((resolve) => (arrive = () => resolve({ prefecture, shapes: shapesOf(prefecture), view: viewOf(prefecture, '2099-03-31', '2099-02-28'), peers: { date: '2099-03-31', rows: [] } })))
		});
		const shown = page.mount('?pref=長野県&date=2099-01-31');
		const tick = () => new Promise((done) => setTimeout(done, 10));
		await tick();
		expect(page.engineState.kind).toBe('loading');
		arrive!();
		await tick();
		// Its shapes are in, the map not yet painted: the engine still waits.
		expect(page.start.prefecture).toBe('長野県');
		expect(page.engineState.kind).toBe('loading');
		paint();
		expect(await shown).toBe('shown');
		expect(page.engineState.kind).toBe('ready');
		expect(page.view?.figures[0].cards).toBe(cardsOf('202011', '2099-01-31'));
	});

	it('plays through the releases from the first, stopping at the latest', async () => {
		vi.useFakeTimers();
		const { page } = setUp();
		await page.mount('');
		page.togglePlay();
		expect(page.playing).toBe(true);
		vi.advanceTimersByTime(900);
		expect(page.date).toBe('2099-01-31');
		vi.advanceTimersByTime(1800);
		expect(page.state.date).toBeNull();
		vi.advanceTimersByTime(900);
		expect(page.playing).toBe(false);
	});
});
