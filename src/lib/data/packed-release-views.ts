/**
 * Every prerendered map view of the build in one file (/views/map-all.json): what a release jump
 * needs, in memory once fetched, so a jump recolours without a query or a request. Figures and
 * bureaus are packed as columns (packed-rows.ts); the values are the named queries' own.
 */
import type { ReleaseView } from './headline';
import { packRows, unpackRows, type PackedRows } from './packed-rows';

export interface PackedReleaseView extends Omit<ReleaseView, 'figures' | 'bureaus'> {
	figures: PackedRows;
	bureaus: PackedRows;
}

export function packReleaseView(view: ReleaseView): PackedReleaseView {
	return { ...view, figures: packRows(view.figures), bureaus: packRows(view.bureaus) };
}

export function unpackReleaseView(packed: PackedReleaseView): ReleaseView {
	return { ...packed, figures: unpackRows(packed.figures), bureaus: unpackRows(packed.bureaus) };
}
