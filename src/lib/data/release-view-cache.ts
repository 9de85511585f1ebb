/**
 * Release views already asked of DuckDB, by release and comparison release. Stepping back and
 * forth (or playing) through releases then recolours without a query; neighbours are fetched
 * ahead while the user looks at the map. Bounded, oldest first out.
 */
import type { QueryEngine } from '../sql/engine';
import { readReleaseView, type ReleaseView } from './headline';

export class ReleaseViewCache {
	private readonly views = new Map<string, Promise<ReleaseView | null>>();
	constructor(
		private readonly engine: QueryEngine,
		private readonly capacity = 48
	) {}

	get(releaseDate: string, baseDate: string | null): Promise<ReleaseView | null> {
		const key = `${releaseDate}|${baseDate ?? ''}`;
		let view = this.views.get(key);
		if (!view) {
			view = readReleaseView(this.engine, releaseDate, baseDate);
			view.catch(() => this.views.delete(key));
			this.views.set(key, view);
			if (this.views.size > this.capacity) this.views.delete(this.views.keys().next().value!);
		}
		return view;
	}

	/** Adds a view computed elsewhere (the prerendered one). */
	put(view: ReleaseView): void {
		this.views.set(`${view.releaseDate}|${view.baseDate ?? ''}`, Promise.resolve(view));
	}
}
