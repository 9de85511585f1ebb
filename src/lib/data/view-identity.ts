/**
 * Which data a map view is: prefecture, release, measure and comparison release. One key for the
 * page, its cache and its "is current" rule, so what is drawn is never taken for what was asked.
 */
import type { Metric } from '../domain/release-measures';

export interface ViewIdentity {
	prefecture: string;
	releaseDate: string;
	/** The release changes are measured from (null: no change measures). */
	baseDate: string | null;
	metric: Metric;
}

export function viewKey({ prefecture, releaseDate, baseDate, metric }: ViewIdentity): string {
	return `${prefecture}|${releaseDate}|${baseDate ?? ''}|${metric}`;
}

/** The identity a view carries (views stored before metric existed are of issued cards). */
export function identityOf(view: { prefecture: string; releaseDate: string; baseDate: string | null; metric?: Metric }): ViewIdentity {
	return { prefecture: view.prefecture, releaseDate: view.releaseDate, baseDate: view.baseDate, metric: view.metric ?? 'issued' };
}

/**
 * Whether `view` answers `wanted`: the same prefecture, release and measure, and the same comparison
 * when the measure shown needs one (a rate is the same whichever release it is compared with).
 */
export function answers(view: ViewIdentity, wanted: ViewIdentity, needsBase: boolean): boolean {
	return view.prefecture === wanted.prefecture && view.releaseDate === wanted.releaseDate && view.metric === wanted.metric && (!needsBase || view.baseDate === wanted.baseDate);
}
