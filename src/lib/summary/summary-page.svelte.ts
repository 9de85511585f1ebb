/**
 * 概要's page state and actions: the prefecture and release the address asks for, every figure for
 * them (summary-page.ts), the cards held (the build's, then this browser's imports) and the levers of
 * the release shown. One writer per value; the levers drawn are current only when their release is
 * the one asked for (`leversAreCurrent`). Files, the engine and the address bar come in as
 * `SummaryPageSources`, so it runs in Node with fakes.
 */
import type { PrefectureHistoryRow, PrefectureLeverRow } from '../sql/queries';
import type { Scenario } from '../domain/scenario';
import { leversOf, readSummaryQuery, summaryFigures, summaryQuery } from './summary-page';

/** What the build prerendered (the page's data). */
export interface SummaryPageData {
	releases: string[];
	releaseDate: string;
	history: PrefectureHistoryRow[];
	heldHistory: PrefectureHistoryRow[];
	levers: PrefectureLeverRow[];
}

export interface SummaryPageSources {
	/** The deployment's prefecture: shown when the address names none. */
	site: string;
	/** A release's prerendered levers (null when there is no such file). */
	levers: (date: string) => Promise<PrefectureLeverRow[] | null>;
	/** Cards held with this browser's imports, or null when nothing was imported here (the engine is not started then). */
	importedHeld: () => Promise<PrefectureHistoryRow[] | null>;
	/** The address bar, given the query ('' for none): `correct` during hydration (the browser's own history), `replace` after a choice. */
	address: { correct: (query: string) => void; replace: (query: string) => void };
}

export class SummaryPage {
	readonly data: SummaryPageData;
	readonly sources: SummaryPageSources;
	search = $state('');
	scenario = $state<Scenario | null>(null);
	heldHistory = $state<PrefectureHistoryRow[]>([]);
	/** The levers drawn, with the release they belong to. */
	levers = $state<{ date: string; rows: PrefectureLeverRow[] }>(null!);

	readonly query = $derived(this.#readQuery());
	readonly focus = $derived(this.query.focus);
	readonly releaseDate = $derived(this.query.releaseDate);
	readonly figures = $derived(this.#figures());
	readonly lastDeadline = $derived(this.figures.deadlines.at(-1)!);
	readonly leversAreCurrent = $derived(this.isCurrent(this.levers.date));
	readonly mine = $derived(leversOf(this.levers.rows, this.focus));

	constructor(data: SummaryPageData, sources: SummaryPageSources) {
		this.data = data;
		this.sources = sources;
		this.heldHistory = data.heldHistory;
		this.levers = { date: data.releaseDate, rows: data.levers };
	}

	// Methods: the derived values above are declared before the constructor sets `data` and `sources`.
	#readQuery() {
		return readSummaryQuery(this.search, this.data.releases, this.data.releaseDate, this.sources.site);
	}
	#figures() {
		return summaryFigures(this.data.history, this.data.releases, this.focus, this.releaseDate, this.scenario)!;
	}

	/** The one "is current" rule: data of a release is current when that release is the one asked for. */
	isCurrent(date: string): boolean {
		return date === this.releaseDate;
	}

	/** After hydration: reads the address (correcting it), then the levers asked for and the imported cards held. */
	mount(search: string): Promise<void> {
		this.search = search;
		if (this.query.corrected != null) this.sources.address.correct(this.query.corrected);
		void this.#loadHeld();
		return this.#loadLevers();
	}

	choose(prefecture: string, date: string): Promise<void> {
		this.search = summaryQuery(this.search, prefecture, date, { prefecture: this.sources.site, release: this.data.releaseDate });
		this.sources.address.replace(this.search);
		return this.#loadLevers();
	}

	async #loadLevers(): Promise<void> {
		const date = this.releaseDate;
		if (date === this.levers.date) return;
		try {
			const rows = await this.sources.levers(date);
			if (rows && this.isCurrent(date)) this.levers = { date, rows };
		} catch (error) {
			console.error('レバーを読み込めませんでした', error);
		}
	}

	async #loadHeld(): Promise<void> {
		try {
			const rows = await this.sources.importedHeld();
			if (rows) this.heldHistory = rows;
		} catch (error) {
			console.error('保有枚数を読み込めません', error);
		}
	}
}
