/** The headline of one release for one prefecture; engine-agnostic, so CLI, prerender and browser share it. */
import type { QueryEngine } from '../sql/engine';
import {
	BUREAU_FIGURES,
	LIST_RELEASES,
	MUNICIPAL_FIGURES,
	PREFECTURE_HEADLINE,
	type BureauFigureRow,
	type MunicipalFigureRow,
	type PrefectureHeadlineRow,
	type ReleaseRow
} from '../sql/queries';

export interface ReleaseHeadline {
	headline: PrefectureHeadlineRow;
	bureaus: BureauFigureRow[];
}

export async function listReleases(engine: QueryEngine): Promise<ReleaseRow[]> {
	return engine.query<ReleaseRow>(LIST_RELEASES);
}

export async function readHeadline(engine: QueryEngine, releaseDate: string, prefecture: string): Promise<ReleaseHeadline | null> {
	const [headline] = await engine.query<PrefectureHeadlineRow>(PREFECTURE_HEADLINE, [releaseDate, prefecture]);
	if (!headline) return null;
	const bureaus = prefecture === '北海道' ? await engine.query<BureauFigureRow>(BUREAU_FIGURES, [releaseDate]) : [];
	return { headline, bureaus };
}

export async function readMunicipalFigures(engine: QueryEngine, releaseDate: string, prefecture: string): Promise<MunicipalFigureRow[]> {
	return engine.query<MunicipalFigureRow>(MUNICIPAL_FIGURES, [releaseDate, prefecture]);
}

/** Rounded as MIC publishes: one decimal, half away from zero. */
export function roundRate(percent: number): number {
	return Math.round(percent * 10) / 10;
}

/** Everything the first screen shows for one release of Hokkaido. */
export interface ReleaseView extends ReleaseHeadline {
	releaseDate: string;
	figures: MunicipalFigureRow[];
}

export async function readReleaseView(engine: QueryEngine, releaseDate: string): Promise<ReleaseView | null> {
	const headline = await readHeadline(engine, releaseDate, '北海道');
	if (!headline) return null;
	return { releaseDate, ...headline, figures: await readMunicipalFigures(engine, releaseDate, '北海道') };
}
