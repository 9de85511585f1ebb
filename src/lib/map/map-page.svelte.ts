/**
 * The map page's state and actions: the URL query read against the prefecture it names, the view
 * of the data asked for (prefecture, release, measure, comparison: one key, view-identity.ts), the
 * delayed copy the table draws, the prefecture's shapes and regions, playing through releases.
 * One writer per value; what is drawn is current only when its identity answers what is asked.
 * Engine, files and the address bar come in as `MapPageSources`, so it runs in Node with fakes.
 */
import { SvelteSet } from 'svelte/reactivity';
import { DEFAULT_MAP_STATE, effectiveBase, parseMapState, serializeMapState, type MapState, type MapStateContext } from './map-state';
import { measureForMetric, measureIn } from './measures';
import { regionNames, regionsInData, withRegions, type RegionOf } from './region-figures';
import type { HokkaidoShapes } from './hokkaido-shapes';
import { releasesWith, resolveMetric, type ReleaseMeasures } from '../domain/release-measures';
import { isValidCode6 } from '../domain/check-digit';
import { prefectureOfCode6, type PrefectureName } from '../domain/prefectures';
import { ReleaseViewCache, type PrebuiltViews } from '../data/release-view-cache';
import { listReleaseMeasures, listReleases, type ReleaseView } from '../data/headline';
import { answers, identityOf, viewKey, type ViewIdentity } from '../data/view-identity';
import { correctedQuery, ignoredNote } from '../url/query-values';
import type { QueryEngine } from '../sql/engine';
import type { PeerRankRow } from '../sql/queries';

/** What a prefecture's first map needs: its shapes, its latest release's view and peer ranks. */
export interface PrefectureStart {
	prefecture: string;
	shapes: HokkaidoShapes;
	/** Null when the latest release has no figure for the prefecture. */
	view: ReleaseView | null;
	peers: { date: string; rows: PeerRankRow[] };
}

/** What the build prerendered for the deployment's prefecture (the page's data). */
export interface MapPageData extends PrefectureStart {
	releaseMeasures: ReleaseMeasures[];
	view: ReleaseView;
}

export type EngineState = { kind: 'loading' } | { kind: 'ready'; releases: number } | { kind: 'failed'; detail: string };

export interface MapPageSources {
	/** The deployment's prefecture's prerendered view of a release (null for anything else). */
	prebuilt: PrebuiltViews;
	/** Another prefecture's first map (prerendered shapes and latest view), or null when there is none. */
	prefectureStart: (prefecture: string) => Promise<PrefectureStart | null>;
	/** Every prerendered view of the deployment's prefecture, held in memory for jumps. */
	allViews: () => Promise<ReleaseView[]>;
	engine: () => Promise<QueryEngine & { changedSinceStart?: boolean }>;
	peerRanks: (engine: QueryEngine, date: string, prefecture: string) => Promise<PeerRankRow[]>;
	/** Runs work once the change's frame is painted (the table, the address bar). */
	afterPaint: (run: () => void) => void;
	address: { push: (url: string) => void; replace: (url: string) => void };
}

/** What became of a request for a view: drawn, a release without the prefecture's rows, or overtaken. */
export type ViewOutcome = 'shown' | 'no-data' | 'superseded';

const PLAY_INTERVAL_MS = 900;

export class MapPage {
	/** The deployment's prefecture: shown when the address names none. */
	readonly site: PrefectureName;
	/** The URL query the state is read from (one writer: #setSearch). */
	search = $state('');
	mounted = $state(false);
	releaseMeasures = $state<ReleaseMeasures[]>([]);
	/** The prefecture whose shapes are held (one writer: #loadPrefecture). */
	start = $state<PrefectureStart>(null!);
	/** The view answered last, with what it answers (one writer: #show); view null: no data for it. */
	answer = $state<{ identity: ViewIdentity; view: ReleaseView | null }>(null!);
	/** The table's copy, a painted frame behind the map (one writer: #scheduleTable). */
	table = $state<{ identity: ViewIdentity; view: ReleaseView | null; measure: string; unit: MapState['unit']; bureau: string | null; selected: string | null }>(null!);
	peers = $state<{ key: string; rows: PeerRankRow[] }>(null!);
	engineState = $state<EngineState>({ kind: 'loading' });
	playing = $state(false);
	/** An imported region list for a prefecture without regions in the data (set by the region import). */
	importedRegions = $state<{ prefecture: string; regionOf: RegionOf } | null>(null);
	/** Prefectures whose first map could not be found (nothing prerendered for them). */
	readonly unavailable = new SvelteSet<string>();

	readonly cache: ReleaseViewCache;
	#engine: QueryEngine | null = null;
	#requested = '';
	#playTimer: ReturnType<typeof setInterval> | null = null;
	#loading = new Map<string, Promise<void>>();

	constructor(
		site: PrefectureName,
		data: MapPageData,
		private readonly sources: MapPageSources
	) {
		this.site = site;
		this.releaseMeasures = data.releaseMeasures;
		this.start = data;
		this.cache = new ReleaseViewCache((identity) => (identity.prefecture === site ? sources.prebuilt(identity) : Promise.resolve(null)));
		this.cache.put(data.view);
		this.answer = { identity: identityOf(data.view), view: data.view };
		this.table = this.#tableCopy();
		this.peers = { key: peersKey(site, data.peers.date), rows: data.peers.rows };
	}

	// ── What the URL asks for ──
	readonly releases = $derived(this.releaseMeasures.map((r) => r.release_date));
	readonly parsed = $derived(this.mounted ? parseMapState(new URLSearchParams(this.search), (pref) => this.#contextOf(pref ?? this.#site())) : { state: DEFAULT_MAP_STATE, ignored: [] });
	readonly state = $derived(this.parsed.state);
	/** 「アドレスの…は読めないため使わず…」 when the address named something the page cannot show. */
	readonly ignoredNote = $derived(ignoredNote(this.parsed.ignored));
	readonly prefecture = $derived<string>(this.state.pref ?? this.#site());
	readonly date = $derived(this.state.date ?? this.releases.at(-1)!);
	readonly metric = $derived(resolveMetric(this.releaseMeasures, this.date, measureIn(this.state.measure, this.prefecture).metric) ?? 'issued');
	readonly measureId = $derived(measureForMetric(this.state.measure, this.metric));
	readonly measure = $derived(measureIn(this.measureId, this.prefecture));
	readonly metricReleases = $derived(releasesWith(this.releaseMeasures, this.metric));
	readonly baseDate = $derived(effectiveBase(this.metricReleases, this.date, this.state.base));
	/** Which data the controls ask for. */
	readonly wanted = $derived<ViewIdentity>({ prefecture: this.prefecture, releaseDate: this.date, baseDate: this.baseDate, metric: this.metric });

	// ── The prefecture's shapes and regions ──
	readonly shapesAreCurrent = $derived(this.start.prefecture === this.prefecture);
	readonly regionOf = $derived<RegionOf | null>(
		this.importedRegions?.prefecture === this.prefecture ? this.importedRegions.regionOf : this.shapesAreCurrent ? regionsInData(this.start.shapes.municipalities) : null
	);
	readonly regions = $derived(regionNames(this.regionOf));

	// ── What is drawn, and whether it is current ──
	/** The one rule: a copy is current when it answers the data asked for and the shapes held are of its prefecture. */
	isCurrent(identity: ViewIdentity): boolean {
		return this.shapesAreCurrent && answers(identity, this.wanted, this.measure.needsBase);
	}
	readonly viewIsCurrent = $derived(this.isCurrent(this.answer.identity));
	/** The view drawn, with the prefecture's regions applied; null while there is nothing of the prefecture asked for. */
	readonly view = $derived(this.answer.view && this.shapesAreCurrent && this.answer.identity.prefecture === this.prefecture ? withRegions(this.answer.view, this.regionOf) : null);
	/** The release shown has no municipal rows for the prefecture (a partial release). */
	readonly noData = $derived(this.viewIsCurrent && (!this.answer.view || this.answer.view.figures.length === 0));
	readonly tableView = $derived(this.table.view && this.shapesAreCurrent && this.table.identity.prefecture === this.prefecture ? withRegions(this.table.view, this.regionOf) : null);
	readonly tableIsCurrent = $derived(this.isCurrent(this.table.identity) && this.table.view === this.answer.view && this.table.measure === this.measureId);
	readonly tablePeers = $derived(this.peers.key === peersKey(this.table.identity.prefecture, this.table.identity.releaseDate) ? this.peers.rows : null);

	// A method: the derived values above are declared before the constructor sets `site`.
	#site(): string {
		return this.site;
	}

	#contextOf(prefecture: string): MapStateContext {
		const held = this.start.prefecture === prefecture;
		const regions = this.importedRegions?.prefecture === prefecture ? regionNames(this.importedRegions.regionOf) : held ? regionNames(regionsInData(this.start.shapes.municipalities)) : [];
		const codes = held ? new Set(this.start.shapes.municipalities.filter((s) => s.hasData).map((s) => s.code6)) : null;
		return {
			releases: this.releases,
			bureaus: regions,
			// Before its shapes arrive, a code is read by its check digit and its prefecture.
			isCode: (code6) => (codes ? codes.has(code6) : /^\d{6}$/.test(code6) && isValidCode6(code6) && prefectureOfCode6(code6) === prefecture)
		};
	}

	#tableCopy() {
		return { identity: this.answer.identity, view: this.answer.view, measure: this.measureId, unit: this.state.unit, bureau: this.state.bureau, selected: this.state.selected };
	}

	// ── Actions ──

	/** After hydration: reads the address, corrects it if it named what the page cannot show, starts the engine (after another prefecture's shapes). */
	mount(search: string): Promise<ViewOutcome> {
		this.mounted = true;
		const outcome = this.#setSearch(search, 'correct');
		// Another prefecture's map is drawn first (its shapes in, then painted): loading the tables would hold up the main thread.
		if (this.shapesAreCurrent) void this.#startEngine();
		else void this.#loadPrefecture(this.prefecture).then(() => this.sources.afterPaint(() => void this.#startEngine()));
		return outcome;
	}

	/** Back or forward through the page's history entries. */
	popState(search: string): Promise<ViewOutcome> {
		return this.#setSearch(search, 'correct');
	}

	/** A control changed: the map follows at once, the address once the frame is painted. Returns the new query. */
	navigate(patch: Partial<MapState>, replace = false): string {
		const next = serializeMapState({ ...this.state, ...patch });
		void this.#setSearch(next, replace ? 'replace' : 'push');
		return next;
	}

	/** Shows another prefecture (null: the deployment's own); release and measure are kept, the rest starts afresh. */
	choosePrefecture(prefecture: string | null): string {
		const pref = prefecture === this.site ? null : (prefecture as PrefectureName | null);
		return this.navigate({ pref, bureau: null, selected: null, unit: 'municipality' });
	}

	/** Groups the prefecture's municipalities by an imported list (another prefecture's 地域振興局 etc.). */
	useRegions(prefecture: string, regionOf: RegionOf | null): void {
		this.importedRegions = regionOf ? { prefecture, regionOf } : null;
	}

	togglePlay(): void {
		if (this.playing) return this.stopPlaying();
		this.playing = true;
		const releases = this.releases;
		let i = releases.indexOf(this.date);
		if (i >= releases.length - 1) i = -1; // from the start when already at the latest
		this.#playTimer = setInterval(() => {
			i += 1;
			if (i >= releases.length) return this.stopPlaying();
			this.navigate({ date: i === releases.length - 1 ? null : releases[i] }, true);
		}, PLAY_INTERVAL_MS);
	}

	stopPlaying(): void {
		if (this.#playTimer) clearInterval(this.#playTimer);
		this.#playTimer = null;
		this.playing = false;
	}

	#setSearch(search: string, address: 'push' | 'replace' | 'correct'): Promise<ViewOutcome> {
		this.search = search;
		const url = `${search}`;
		if (address === 'correct') {
			if (this.parsed.ignored.length) {
				const corrected = correctedQuery(new URLSearchParams(search), this.parsed.ignored);
				this.sources.afterPaint(() => this.sources.address.replace(corrected));
			}
		} else {
			// The address follows once the map is painted (pushState forces a layout).
			this.sources.afterPaint(() => (address === 'replace' ? this.sources.address.replace(url) : this.sources.address.push(url)));
		}
		return this.#sync();
	}

	/** Brings what is drawn to what is asked: the prefecture's shapes first, then its view. */
	async #sync(): Promise<ViewOutcome> {
		if (!this.shapesAreCurrent) {
			const prefecture = this.prefecture;
			this.#scheduleTable();
			await this.#loadPrefecture(prefecture);
			if (this.prefecture !== prefecture) return 'superseded';
			// Codes and regions are now known: the address may name what this prefecture lacks.
			if (this.parsed.ignored.length) this.sources.afterPaint(() => this.sources.address.replace(correctedQuery(new URLSearchParams(this.search), this.parsed.ignored)));
		}
		return this.#request();
	}

	#loadPrefecture(prefecture: string): Promise<void> {
		let loading = this.#loading.get(prefecture);
		if (!loading) {
			loading = this.sources.prefectureStart(prefecture).then(
				(start) => {
					this.#loading.delete(prefecture);
					if (!start) return void this.unavailable.add(prefecture);
					if (start.view) this.cache.put(start.view);
					if (this.prefecture === prefecture) this.start = start;
					if (!this.peers || this.peers.key !== peersKey(prefecture, start.peers.date)) this.peers = { key: peersKey(prefecture, start.peers.date), rows: start.peers.rows };
				},
				(error) => {
					this.#loading.delete(prefecture);
					console.error(`${prefecture}の地図を読み込めませんでした`, error);
					this.unavailable.add(prefecture);
				}
			);
			this.#loading.set(prefecture, loading);
		}
		return loading;
	}

	/** Asks the cache (or engine) for the wanted view; the newest request wins. */
	async #request(again = false): Promise<ViewOutcome> {
		const wanted = this.wanted;
		const key = viewKey(wanted);
		if (!again && key === viewKey(this.answer.identity)) {
			this.#scheduleTable();
			return this.answer.view?.figures.length ? 'shown' : 'no-data';
		}
		this.#requested = key;
		// Held in memory: drawn in the same update as the controls.
		const ready = this.cache.peek(wanted);
		const view = ready ?? (await this.cache.get(wanted));
		if (this.#requested !== key) return 'superseded';
		this.#show(wanted, view);
		this.#prepareNeighbours(wanted);
		return view?.figures.length ? 'shown' : 'no-data';
	}

	#show(identity: ViewIdentity, view: ReleaseView | null): void {
		this.answer = { identity, view };
		this.#scheduleTable();
	}

	#scheduleTable(): void {
		const next = this.#tableCopy();
		this.sources.afterPaint(() => {
			if (viewKey(next.identity) !== viewKey(this.answer.identity)) return; // overtaken
			this.table = next;
			void this.#loadPeers();
		});
	}

	/** The neighbouring releases, fetched ahead for stepping and playing. */
	#prepareNeighbours(around: ViewIdentity): void {
		if (this.state.base) return;
		const releases = this.metricReleases;
		const i = releases.indexOf(around.releaseDate);
		for (const neighbour of [releases[i + 1], releases[i - 1]]) {
			if (neighbour) void this.cache.get({ ...around, releaseDate: neighbour, baseDate: effectiveBase(releases, neighbour, null) });
		}
	}

	async #loadPeers(): Promise<void> {
		const { prefecture, releaseDate } = this.table.identity;
		const key = peersKey(prefecture, releaseDate);
		if (this.peers.key === key || !this.#engine) return;
		const rows = await this.sources.peerRanks(this.#engine, releaseDate, prefecture).catch((error) => (console.error(error), null));
		// Applied after a painted frame: many cells change, and must not hold a change on its way.
		if (rows) this.sources.afterPaint(() => peersKey(this.table.identity.prefecture, this.table.identity.releaseDate) === key && (this.peers = { key, rows }));
	}

	async #startEngine(): Promise<void> {
		try {
			const engine = await this.sources.engine();
			// Releases imported in this browser may add to or replace what was prerendered.
			const imported = !!engine.changedSinceStart && (await listReleases(engine)).some((r) => r.source === 'browser');
			if (engine.changedSinceStart) this.releaseMeasures = await listReleaseMeasures(engine);
			this.cache.useEngine(engine, { preferEngine: imported });
			this.#engine = engine;
			this.engineState = { kind: 'ready', releases: this.releases.length };
			// Imports replace what the build drew; a view still waited for is asked again of the engine.
			if (imported || !this.viewIsCurrent) void this.#request(imported);
			void this.#loadPeers();
		} catch (error) {
			console.error('DuckDB-wasm の起動に失敗しました', error);
			this.engineState = { kind: 'failed', detail: (error as Error).message };
		}
		// Then every release's view of the deployment's prefecture, in memory: jumps recolour without a query.
		this.sources.allViews().then(
			(views) => this.cache.putPrebuilt(views),
			(error) => console.warn('公表回のビューを先読みできませんでした', error)
		);
	}
}

const peersKey = (prefecture: string, date: string) => `${prefecture}|${date}`;
