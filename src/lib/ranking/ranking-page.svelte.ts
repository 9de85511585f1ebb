/**
 * 全国比較's page state and actions: the focus prefecture, release and measure the address asks for
 * (ranking-page.ts), every figure drawn for them, this browser's imported releases joining the
 * ranking, and the national distribution of municipalities for the release and measure shown.
 * One writer per value; one key for the municipalities ("which data is this": release and measure),
 * and they are current only when their key is the one asked for. Files, the engine and the address
 * bar come in as `RankingPageSources`, so it runs in Node with fakes.
 */
import { rankingQuery, readRankingQuery } from './ranking-page';
import { rankNeighbours, rowsOfRelease } from '../data/prefecture-history';
import { colorOf, fixedRateClasses } from '../map/color-classes';
import { findMunicipality, type NationalMunicipalRates } from '../data/national-municipal-rates';
import { projectionAvailable, releaseMeasuresFrom, releasesWith, type Metric } from '../domain/release-measures';
import { NATIONAL_MUNICIPAL_RATES, NATIONAL_MUNICIPAL_RATES_HELD, PREFECTURE_HISTORY, PREFECTURE_HISTORY_HELD, type NationalMunicipalRateRow, type PrefectureHistoryRow } from '../sql/queries';
import type { ColumnQueryEngine } from '../sql/engine';
import { ja } from '../messages/ja';

/** What the build prerendered (the page's data, less the map's shapes). */
export interface RankingPageData {
	releases: string[];
	releaseDate: string;
	history: PrefectureHistoryRow[];
	heldHistory: PrefectureHistoryRow[];
	municipalities: NationalMunicipalRates;
}

export interface RankingPageSources {
	/** The deployment's prefecture: the focus when the address names none. */
	site: string;
	/** How many releases were imported in this browser (the engine starts only if there are any). */
	importedCount: () => Promise<number>;
	engine: () => Promise<ColumnQueryEngine>;
	/** A release's prerendered municipalities (cards issued), or null when there is no such file. */
	prebuiltMunicipalities: (date: string) => Promise<NationalMunicipalRates | null>;
	/** The address bar, given the query ('' for none): `correct` during hydration (the browser's own history), `push` after a choice. */
	address: { correct: (query: string) => void; push: (query: string) => void };
}

/** The one key for "which municipalities are these". */
export const municipalKey = (date: string, metric: Metric) => `${date}|${metric}`;

export class RankingPage {
	readonly data: RankingPageData;
	readonly sources: RankingPageSources;
	search = $state('');
	history = $state<PrefectureHistoryRow[]>([]);
	/** Cards held (保有枚数, from 2023-06): a ranking of its own, chosen by ?measure=held or by a release that has only it. */
	heldHistory = $state<PrefectureHistoryRow[]>([]);
	importedHere = $state(false);
	/** The municipalities drawn, with the release and measure they belong to. Read column by column. */
	municipal = $state.raw<{ date: string; metric: Metric; rows: NationalMunicipalRates }>(null!);
	waitingForEngine = $state(false);
	findText = $state('');
	#pending: string | null = null;

	readonly releaseMeasures = $derived(releaseMeasuresFrom(this.history.map((r) => r.release_date), this.heldHistory.map((r) => r.release_date)));
	readonly releases = $derived(this.releaseMeasures.map((r) => r.release_date));
	readonly query = $derived(this.#readQuery());
	readonly focus = $derived(this.query.focus);
	readonly releaseDate = $derived(this.query.releaseDate);
	readonly metric = $derived<Metric>(this.query.metric);
	readonly labels = $derived(ja.metricLabels[this.metric]);
	readonly metricHistory = $derived(this.metric === 'held' ? this.heldHistory : this.history);
	readonly metricReleases = $derived(releasesWith(this.releaseMeasures, this.metric));
	readonly rows = $derived(rowsOfRelease(this.metricHistory, this.releaseDate));
	readonly focusRow = $derived(this.rows.find((r) => r.prefecture === this.focus)!);
	/** The previous release of the same measure: a rank by cards held is never compared with one by cards issued. */
	readonly previousRelease = $derived(this.metricReleases[this.metricReleases.indexOf(this.releaseDate) - 1]);
	readonly previousRank = $derived(this.previousRelease ? rowsOfRelease(this.metricHistory, this.previousRelease).find((r) => r.prefecture === this.focus)?.rank : undefined);
	readonly classes = $derived(fixedRateClasses(this.rows.map((r) => r.rate), this.focusRow.national_rate));
	readonly rateByName = $derived(new Map(this.rows.map((r) => [r.prefecture, r.rate])));
	readonly neighbours = $derived(rankNeighbours(this.metricHistory, this.focus, this.releaseDate, 2));
	readonly releasesUpTo = $derived(this.releases.filter((r) => r <= this.releaseDate));
	readonly historyUpTo = $derived(this.history.filter((r) => r.release_date <= this.releaseDate));
	readonly heldUpTo = $derived(this.heldHistory.filter((r) => r.release_date <= this.releaseDate));
	readonly heldReleaseCount = $derived(releasesWith(this.releaseMeasures, 'held').length);
	/** The calculator projects the measure shown: cards held only from enough of their releases. */
	readonly calculatorShown = $derived(this.metric === 'issued' || projectionAvailable(this.releaseMeasures, 'held'));
	readonly municipalities = $derived(this.municipal.rows);
	readonly municipalCurrent = $derived(this.isCurrent(municipalKey(this.municipal.date, this.municipal.metric)));
	readonly found = $derived(findMunicipality(this.municipalities, this.findText));

	constructor(data: RankingPageData, sources: RankingPageSources) {
		this.data = data;
		this.sources = sources;
		this.history = data.history;
		this.heldHistory = data.heldHistory;
		this.municipal = { date: data.releaseDate, metric: 'issued', rows: data.municipalities };
	}

	// A method: the derived values above are declared before the constructor sets `sources`.
	#readQuery() {
		return readRankingQuery(this.search, this.releaseMeasures, this.sources.site);
	}

	/** The one "is current" rule: data is current when its key is the release and measure asked for. */
	isCurrent(key: string): boolean {
		return key === municipalKey(this.releaseDate, this.metric);
	}

	readonly fillOf = (rate: number) => colorOf(rate, this.classes);

	/** After hydration: reads the address; this browser's releases join, then the address is corrected (a date may be one of them). */
	async mount(search: string): Promise<void> {
		this.search = search;
		const first = this.#loadMunicipal();
		try {
			await this.#includeImported();
		} catch (error) {
			console.error('取り込んだ公表回を読み込めませんでした', error);
		}
		if (this.query.corrected != null) this.sources.address.correct(this.query.corrected);
		await Promise.all([first, this.#loadMunicipal()]);
	}

	/** Back and forward in the browser's history. */
	popState(search: string): Promise<void> {
		this.search = search;
		return this.#loadMunicipal();
	}

	/** A choice on the page: the address after `patch` (null deletes a key). */
	navigate(patch: Record<string, string | null>): Promise<void> {
		this.search = rankingQuery(this.search, patch, this.sources.site);
		this.sources.address.push(this.search);
		return this.#loadMunicipal();
	}

	chooseRelease(date: string): Promise<void> {
		return this.navigate({ date: date === this.releases.at(-1) ? null : date });
	}

	async #includeImported(): Promise<void> {
		if ((await this.sources.importedCount().catch(() => 0)) === 0) return;
		this.importedHere = true;
		const engine = await this.sources.engine();
		this.history = await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY);
		this.heldHistory = await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY_HELD);
	}

	/** Municipalities: prerendered for the build's releases, asked of DuckDB-wasm for the held measure and releases imported here. */
	async #loadMunicipal(): Promise<void> {
		const date = this.releaseDate;
		const wanted = this.metric;
		const key = municipalKey(date, wanted);
		if (key === municipalKey(this.municipal.date, this.municipal.metric)) return;
		const request = `${key}|${this.importedHere}`;
		if (request === this.#pending) return;
		this.#pending = request;
		const fromEngine = async () => {
			this.waitingForEngine = true;
			const engine = await this.sources.engine().finally(() => (this.waitingForEngine = false));
			return engine.queryColumns<NationalMunicipalRateRow>(wanted === 'held' ? NATIONAL_MUNICIPAL_RATES_HELD : NATIONAL_MUNICIPAL_RATES, [date]);
		};
		try {
			const prebuilt = wanted === 'issued' && this.data.releases.includes(date) && !this.importedHere ? await this.sources.prebuiltMunicipalities(date).catch(() => null) : null;
			const rows = prebuilt ?? (await fromEngine());
			if (this.isCurrent(key)) this.municipal = { date, metric: wanted, rows };
		} catch (error) {
			console.error('市区町村の分布を読み込めませんでした', error);
		} finally {
			if (this.#pending === request) this.#pending = null;
		}
	}
}
