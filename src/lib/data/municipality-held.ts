/** A municipality's figures of cards held (保有枚数), engine-agnostic: the prerender and the browser ask alike. */
import type { QueryEngine } from '../sql/engine';
import {
	MUNICIPALITY_HISTORY_HELD,
	MUNICIPALITY_STANDING_HELD,
	type MunicipalityHistoryRow,
	type MunicipalityStandingRow
} from '../sql/queries';

export interface MunicipalityHeld {
	/** Every release of cards held, with its prefecture's and the nation's rates. */
	history: MunicipalityHistoryRow[];
	/** Its standing in the latest release of cards held (null when there is none). */
	standing: MunicipalityStandingRow | null;
	releaseDate: string | null;
}

export async function readMunicipalityHeld(engine: QueryEngine, code6: string): Promise<MunicipalityHeld> {
	const history = await engine.query<MunicipalityHistoryRow>(MUNICIPALITY_HISTORY_HELD, [code6]);
	const releaseDate = history.at(-1)?.release_date ?? null;
	const [standing] = releaseDate ? await engine.query<MunicipalityStandingRow>(MUNICIPALITY_STANDING_HELD, [releaseDate, code6]) : [];
	return { history, standing: standing ?? null, releaseDate };
}
