/**
 * Release views of the map, by prefecture, release, measure and comparison release (view-identity.ts). Answered first from the views
 * prerendered with the site (a fetch of a few KB, before DuckDB-wasm has started), else from
 * DuckDB-wasm once it is ready. Stepping back and forth (or playing) then recolours without a
 * query; neighbours are fetched ahead while the user looks at the map. Bounded, oldest first out.
 */
import type { QueryEngine } from '../sql/engine';
import { readReleaseView, type ReleaseView } from './headline';
import { identityOf, viewKey, type ViewIdentity } from './view-identity';

/** The view prerendered for a release (compared with the release before it), or null. */
export type PrebuiltViews = (identity: ViewIdentity) => Promise<ReleaseView | null>;

export class ReleaseViewCache {
	private readonly views = new Map<string, Promise<ReleaseView | null>>();
	/** The build's views held in memory (all releases at once), by release and comparison. */
	private readonly prebuiltInMemory = new Map<string, ReleaseView>();
	/** Views of `views` whose promise has settled, for peek(). */
	private readonly answered = new Map<string, ReleaseView>();
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
			this.answered.clear();
		}
	}

	/**
	 * The view if it is already in memory (held, or fetched and answered), else undefined: a page
	 * can then recolour in the same frame as the input, without waiting for a promise.
	 */
	peek(identity: ViewIdentity): ReleaseView | undefined {
		const key = viewKey(identity);
		return (this.usePrebuilt ? this.prebuiltInMemory.get(key) : undefined) ?? this.answered.get(key) ?? undefined;
	}

	get(identity: ViewIdentity): Promise<ReleaseView | null> {
		const key = viewKey(identity);
		let view = this.views.get(key);
		if (!view) {
			view = this.load(identity);
			const loading = view;
			view.then(
				(answer) => this.views.get(key) === loading && answer && this.answered.set(key, answer),
				() => this.views.delete(key)
			);
			this.views.set(key, view);
			if (this.views.size > this.capacity) {
				const oldest = this.views.keys().next().value!;
				this.views.delete(oldest);
				this.answered.delete(oldest);
			}
		}
		return view;
	}

	private async load(identity: ViewIdentity): Promise<ReleaseView | null> {
		const key = viewKey(identity);
		const inMemory = this.usePrebuilt ? this.prebuiltInMemory.get(key) : undefined;
		if (inMemory) return inMemory;
		if (this.usePrebuilt && this.prebuilt) {
			const view = await this.prebuilt(identity).catch(() => null);
			if (view && viewKey(identityOf(view)) === key && this.usePrebuilt) return view;
		}
		return readReleaseView(await this.engine, identity);
	}

	/**
	 * Holds the build's views (all releases, /views/map-all.json) in memory, outside the bounded
	 * cache: a jump to any of them is then answered without a request or a query.
	 */
	putPrebuilt(views: readonly ReleaseView[]): void {
		for (const view of views) this.prebuiltInMemory.set(viewKey(identityOf(view)), view);
	}

	/** Adds a view computed elsewhere (the prerendered one). */
	put(view: ReleaseView): void {
		const key = viewKey(identityOf(view));
		this.views.set(key, Promise.resolve(view));
		this.answered.set(key, view);
	}
}
