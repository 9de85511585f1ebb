/** A prefecture's ranks among municipalities of the same kind and population band, for a release: one reader for build and browser. */
import type { QueryEngine } from '../sql/engine';
import { MUNICIPAL_PEER_RANKS, type PeerRankRow } from '../sql/queries';

/** Every municipality of `prefecture` in release `date`, or only `code6` when given. */
export function readPeerRanks(engine: QueryEngine, date: string, prefecture: string, code6: string | null = null): Promise<PeerRankRow[]> {
	return engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [date, code6, prefecture]);
}
