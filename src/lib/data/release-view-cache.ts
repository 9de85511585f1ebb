/**
 * Release views of the map, by release and comparison release. Answered first from the views
 * prerendered with the site (a fetch of a few KB, before DuckDB-wasm has started), else from
 * DuckDB-wasm once it is ready. Stepping back and forth (or playing) then recolours without a
 * query; neighbours are fetched ahead while the user looks at the map. Bounded, oldest first out.
 */
import type { QueryEngine } from '../sql/engine';
import { readReleaseView, type ReleaseView } from './headline';
import type { Metric } from '../domain/release-measures';

/** The view prerendered for a release (compared with the release before it), or null. */
export type PrebuiltViews = (releaseDate: string, metric: Metric) => Promise<ReleaseView | null>;

export class ReleaseViewCache {
	private readonly views = new Map<string, Promise<ReleaseView | null>>();
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

	get(releaseDate: string, baseDate: string | null, metric: Metric = 'issued'): Promise<ReleaseView | null> {
		const key = viewKey(releaseDate, baseDate, metric);
		let view = this.views.get(key);
		if (!view) {
			view = this.load(releaseDate, baseDate, metric);
			view.catch(() => this.views.delete(key));
			this.views.set(key, view);
			if (this.views.size > this.capacity) this.views.delete(this.views.keys().next().value!);
		}
		return view;
	}

	private async load(releaseDate: string, baseDate: string | null, metric: Metric): Promise<ReleaseView | null> {
		if (this.usePrebuilt && this.prebuilt) {
			const view = await this.prebuilt(releaseDate, metric).catch(() => null);
			if (view && view.baseDate === baseDate && (view.metric ?? 'issued') === metric && this.usePrebuilt) return view;
		}
		return readReleaseView(await this.engine, releaseDate, baseDate, metric);
	}

	/** Adds a view computed elsewhere (the prerendered one). */
	put(view: ReleaseView): void {
		this.views.set(viewKey(view.releaseDate, view.baseDate, view.metric ?? 'issued'), Promise.resolve(view));
	}
}

function viewKey(releaseDate: string, baseDate: string | null, metric: Metric): string {
	return `${releaseDate}|${baseDate ?? ''}${metric === 'held' ? '|held' : ''}`;
}
