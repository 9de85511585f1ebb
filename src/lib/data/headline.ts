/** The figures of one release, engine-agnostic, so CLI, prerender and browser share them. */
import type { QueryEngine } from '../sql/engine';
import type { Metric } from '../domain/release-measures';
import type { ViewIdentity } from './view-identity';
import {
	BUREAU_MEASURES,
	BUREAU_MEASURES_HELD,
	LIST_RELEASES,
	MUNICIPAL_MEASURES,
	MUNICIPAL_MEASURES_HELD,
	PREFECTURE_HEADLINE,
	PREFECTURE_HEADLINE_HELD,
	RELEASE_MEASURES,
	type ReleaseMeasureRow,
	type BureauMeasureRow,
	type MunicipalMeasureRow,
	type PrefectureHeadlineRow,
	type ReleaseRow
} from '../sql/queries';

export interface ReleaseHeadline {
	headline: PrefectureHeadlineRow;
	bureaus: BureauMeasureRow[];
}

export async function listReleases(engine: QueryEngine): Promise<ReleaseRow[]> {
	return engine.query<ReleaseRow>(LIST_RELEASES);
}

/** Which measure each release has (交付枚数, 保有枚数 or both), holdings-only releases included. */
export async function listReleaseMeasures(engine: QueryEngine): Promise<ReleaseMeasureRow[]> {
	return engine.query<ReleaseMeasureRow>(RELEASE_MEASURES);
}

export async function readHeadline(engine: QueryEngine, releaseDate: string, prefecture: string, baseDate: string | null = null, metric: Metric = 'issued'): Promise<ReleaseHeadline | null> {
	const held = metric === 'held';
	const [headline] = await engine.query<PrefectureHeadlineRow>(held ? PREFECTURE_HEADLINE_HELD : PREFECTURE_HEADLINE, [releaseDate, prefecture]);
	if (!headline) return null;
	// Regions the data holds (Hokkaido's 14 振興局); none for a prefecture whose rows have no bureau.
	const bureaus = await engine.query<BureauMeasureRow>(held ? BUREAU_MEASURES_HELD : BUREAU_MEASURES, [releaseDate, baseDate, prefecture]);
	return { headline, bureaus };
}

/** Everything the map screen shows for one release of a prefecture, with changes since `baseDate`. */
export interface ReleaseView extends ReleaseHeadline {
	prefecture: string;
	releaseDate: string;
	/** issued: the rows' cards and rates are 交付枚数; held: 保有枚数 (absent in views from before, = issued). */
	metric?: Metric;
	baseDate: string | null;
	figures: MunicipalMeasureRow[];
}

/**
 * The map's view of `identity`, or null when the release has no figure for the prefecture. A view
 * with no `figures` is a release without the prefecture's municipal rows (a partial release).
 */
export async function readReleaseView(engine: QueryEngine, { prefecture, releaseDate, baseDate, metric }: ViewIdentity): Promise<ReleaseView | null> {
	const headline = await readHeadline(engine, releaseDate, prefecture, baseDate, metric);
	if (!headline) return null;
	const figures = await engine.query<MunicipalMeasureRow>(metric === 'held' ? MUNICIPAL_MEASURES_HELD : MUNICIPAL_MEASURES, [releaseDate, baseDate, prefecture]);
	return { prefecture, releaseDate, baseDate, metric, ...headline, figures };
}
