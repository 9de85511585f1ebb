/** Hokkaido's ranks among municipalities of the same kind and population band, for a release, from DuckDB-wasm. */
import { browserEngine } from '../engine/engine-store';
import { MUNICIPAL_PEER_RANKS, type PeerRankRow } from '../sql/queries';

export async function peerRanksOf(date: string): Promise<PeerRankRow[]> {
	return (await browserEngine()).query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [date, null]);
}
