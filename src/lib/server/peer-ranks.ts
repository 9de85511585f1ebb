/** Peer ranks at build time (the map's prerendered table, the /m/ pages). */
import { NODE_DATA_DIR } from './paths';
import { sharedDataEngine } from './node-engine';
import { MUNICIPAL_PEER_RANKS, type PeerRankRow } from '../sql/queries';

export async function peerRanksAt(date: string, code6: string | null = null): Promise<PeerRankRow[]> {
	return (await sharedDataEngine(NODE_DATA_DIR)).query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [date, code6]);
}
