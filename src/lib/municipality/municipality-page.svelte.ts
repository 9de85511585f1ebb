/**
 * The state of a municipality's page (/m/<code6>/): its figures as prerendered, then cards held
 * from this browser's imports when there are any; the labels of its own prefecture; the way back
 * to its prefecture's map with it selected. Sources come in, so it runs in Node with fakes.
 */
import { ja } from '../messages/ja';
import { navHref } from '../url/nav-href';
import type { MunicipalityHeld } from '../data/municipality-held';
import type { MunicipalityStandingRow } from '../sql/queries';

export interface MunicipalityPageSources {
	/** How many releases this browser imported (none: nothing to ask DuckDB). */
	storedReleases: () => Promise<number>;
	/** Cards held of the municipality, from DuckDB-wasm with the imports. */
	readHeld: (code6: string) => Promise<MunicipalityHeld>;
}

/** What became of the look at this browser's imports. */
export type HeldOutcome = 'none-imported' | 'read' | 'failed';

export class MunicipalityPage {
	/** Cards held read with this browser's imports (one writer: loadImported). */
	imported = $state<MunicipalityHeld | null>(null);

	constructor(
		readonly standing: MunicipalityStandingRow,
		private readonly built: MunicipalityHeld,
		private readonly site: string
	) {}

	get held(): MunicipalityHeld {
		return this.imported ?? this.built;
	}

	/** 道内・都内・府内・県内: ranks within its own prefecture. */
	get within(): string {
		return ja.withinPrefecture(this.standing.prefecture);
	}

	/** Its prefecture's map with it selected (the deployment's own prefecture needs no `pref`). */
	mapHref(base: string): string {
		const href = navHref(`${base}/`, { pref: this.standing.prefecture === this.site ? null : this.standing.prefecture, date: null });
		return `${href}${href.includes('?') ? '&' : '?'}m=${this.standing.code6}`;
	}

	async loadImported(sources: MunicipalityPageSources): Promise<HeldOutcome> {
		try {
			if (!(await sources.storedReleases())) return 'none-imported';
			this.imported = await sources.readHeld(this.standing.code6);
			return 'read';
		} catch (error) {
			console.error('保有枚数を読み込めません', error);
			return 'failed';
		}
	}
}
