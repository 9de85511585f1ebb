/** The per-release views prerendered as /views/<kind>/<date>.json, and what each holds. */
import type { ReleaseView } from './headline';
import type { PrefectureLeverRow } from '../sql/queries';
import type { NationalMunicipalRates } from './national-municipal-rates';

export const RELEASE_VIEW_KINDS = ['map', 'municipalities', 'levers'] as const;
/** Views of releases of cards held (保有枚数) in the build's store: written only for those releases. */
export const HELD_RELEASE_VIEW_KINDS = ['map-held'] as const;
export type ReleaseViewKind = (typeof RELEASE_VIEW_KINDS)[number] | (typeof HELD_RELEASE_VIEW_KINDS)[number];

export interface ReleaseViewOf {
	/** Hokkaido's map view, changes measured from the release before it. */
	map: ReleaseView;
	/** All municipalities' rates, for the national distribution, column by column. */
	municipalities: NationalMunicipalRates;
	/** What would move Hokkaido's rate most (概要). */
	levers: PrefectureLeverRow[];
	/** Hokkaido's map view by cards held, changes measured from the release of cards held before it. */
	'map-held': ReleaseView;
}
