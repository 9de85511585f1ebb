/**
 * Release views of the map, by release and comparison release. Answered first from the views
 * prerendered with the site (a fetch of a few KB, before DuckDB-wasm has started), else from
 * DuckDB-wasm once it is ready. Stepping back and forth (or playing) then recolours without a
 * query; neighbours are fetched ahead while the user looks at the map. Bounded, oldest first out.
 */
import type { QueryEngine } from '../sql/engine';
import { readReleaseView, type ReleaseView } from './headline';

/** The view prerendered for a release (compared with the release before it), or null. */
export type PrebuiltViews = (releaseDate: string) => Promise<ReleaseView | null>;

export class ReleaseViewCache {
	private readonly views = new Map<string, Promise<ReleaseView | null>>();
	/** The build's views held in memory (all releases at once), by release and comparison. */
	private readonly prebuiltInMemory = new Map<string, ReleaseView>();
	private engine: Promise<QueryEngine>;
	private resolveEngine!: (engine: QueryEngine) => void;
	private usePrebuilt = true;

	constructor(
		private readonly prebuilt: PrebuiltViews | null,
		private readonly capacity = 48
	) {
		this.engine = new Promise((resolve) => (this.resolveEngine = resolve));
	}

	/**
	 * DuckDB-wasm is ready. When it holds releases imported in this browser, its answers replace
	 * the prerendered ones (an import may have corrected a release the site was built with).
	 */
	useEngine(engine: QueryEngine, { preferEngine = false } = {}): void {
		this.resolveEngine(engine);
		if (preferEngine) {
			this.usePrebuilt = false;
			this.views.clear();
		}
	}

	get(releaseDate: string, baseDate: string | null): Promise<ReleaseView | null> {
		const key = `${releaseDate}|${baseDate ?? ''}`;
		let view = this.views.get(key);
		if (!view) {
			view = this.load(releaseDate, baseDate);
			view.catch(() => this.views.delete(key));
			this.views.set(key, view);
			if (this.views.size > this.capacity) this.views.delete(this.views.keys().next().value!);
		}
		return view;
	}

	private async load(releaseDate: string, baseDate: string | null): Promise<ReleaseView | null> {
		const inMemory = this.usePrebuilt ? this.prebuiltInMemory.get(`${releaseDate}|${baseDate ?? ''}`) : undefined;
		if (inMemory) return inMemory;
		if (this.usePrebuilt && this.prebuilt) {
			const view = await this.prebuilt(releaseDate).catch(() => null);
			if (view && view.baseDate === baseDate && this.usePrebuilt) return view;
		}
		return readReleaseView(await this.engine, releaseDate, baseDate);
	}

	/**
	 * Holds the build's views (all releases, /views/map-all.json) in memory, outside the bounded
	 * cache: a jump to any of them is then answered without a request or a query.
	 */
	putPrebuilt(views: readonly ReleaseView[]): void {
		for (const view of views) this.prebuiltInMemory.set(`${view.releaseDate}|${view.baseDate ?? ''}`, view);
	}

	/** Adds a view computed elsewhere (the prerendered one). */
	put(view: ReleaseView): void {
		this.views.set(`${view.releaseDate}|${view.baseDate ?? ''}`, Promise.resolve(view));
	}
}
