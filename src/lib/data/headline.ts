/** The figures of one release, engine-agnostic, so CLI, prerender and browser share them. */
import type { QueryEngine } from '../sql/engine';
import {
	BUREAU_MEASURES,
	LIST_RELEASES,
	MUNICIPAL_MEASURES,
	PREFECTURE_HEADLINE,
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

export async function readHeadline(engine: QueryEngine, releaseDate: string, prefecture: string, baseDate: string | null = null): Promise<ReleaseHeadline | null> {
	const [headline] = await engine.query<PrefectureHeadlineRow>(PREFECTURE_HEADLINE, [releaseDate, prefecture]);
	if (!headline) return null;
	const bureaus = prefecture === '北海道' ? await engine.query<BureauMeasureRow>(BUREAU_MEASURES, [releaseDate, baseDate]) : [];
	return { headline, bureaus };
}

/** Everything the map screen shows for one release of Hokkaido, with changes since `baseDate`. */
export interface ReleaseView extends ReleaseHeadline {
	releaseDate: string;
	baseDate: string | null;
	figures: MunicipalMeasureRow[];
}

export async function readReleaseView(engine: QueryEngine, releaseDate: string, baseDate: string | null): Promise<ReleaseView | null> {
	const headline = await readHeadline(engine, releaseDate, '北海道', baseDate);
	if (!headline) return null;
	const figures = await engine.query<MunicipalMeasureRow>(MUNICIPAL_MEASURES, [releaseDate, baseDate]);
	return { releaseDate, baseDate, ...headline, figures };
}
