/**
 * The whole state of the map screen lives in the URL query, so a view can be shared by
 * link, survives reload, and back/forward step through it. Unknown values fall back to
 * defaults rather than failing (a mistyped link still opens the map), and are listed as ignored.
 */
import { MEASURE_IDS, type MeasureId } from './measures';
import { PREFECTURES, type PrefectureName } from '../domain/prefectures';
import { QueryReader, type IgnoredValue } from '../url/query-values';

export type MapView = 'geo' | 'tile';
export type MapUnit = 'municipality' | 'bureau';
/** Rate colours fixed across releases (the default), or classes of the release shown alone. */
export type RateScale = 'fixed' | 'relative';

export interface MapState {
	/** Prefecture shown; null = the deployment's own (SITE_PREFECTURE). */
	pref: PrefectureName | null;
	/** Release shown; null = the latest. */
	date: string | null;
	/** Release the change measures compare with; null = the one before `date`. */
	base: string | null;
	measure: MeasureId;
	scale: RateScale;
	view: MapView;
	unit: MapUnit;
	bureau: string | null;
	/** Selected municipality (code6), whose panel is open. */
	selected: string | null;
}

export const DEFAULT_MAP_STATE: MapState = { pref: null, date: null, base: null, measure: 'rate', scale: 'fixed', view: 'geo', unit: 'municipality', bureau: null, selected: null };

/** What the URL may name for the prefecture shown. */
export interface MapStateContext {
	releases: readonly string[];
	/** Its regions (Hokkaido's bureaus, or an imported list); empty when it has none. */
	bureaus: readonly string[];
	/** Whether a code6 is one of its municipalities. */
	isCode: (code6: string) => boolean;
}

/** The map state a query asks for, read against what the prefecture it names has, and what was ignored. */
export function parseMapState(params: URLSearchParams, contextOf: (pref: PrefectureName | null) => MapStateContext): { state: MapState; ignored: IgnoredValue[] } {
	const query = new QueryReader(params);
	const pref = query.pick('pref', PREFECTURES);
	const context = contextOf(pref);
	const unit = query.pick('unit', context.bureaus.length ? (['municipality', 'bureau'] as const) : (['municipality'] as const)) ?? DEFAULT_MAP_STATE.unit;
	const state: MapState = {
		pref,
		date: query.pick('date', context.releases),
		base: query.pick('base', context.releases),
		measure: query.pick('measure', MEASURE_IDS) ?? DEFAULT_MAP_STATE.measure,
		scale: query.pick('scale', ['fixed', 'relative'] as const) ?? DEFAULT_MAP_STATE.scale,
		view: query.pick('view', ['geo', 'tile'] as const) ?? DEFAULT_MAP_STATE.view,
		unit,
		bureau: query.pick('bureau', context.bureaus),
		selected: query.accept('m', context.isCode)
	};
	return { state, ignored: query.ignored };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function serializeMapState(state: MapState): string {
	const params = new URLSearchParams();
	if (state.pref) params.set('pref', state.pref);
	if (state.date) params.set('date', state.date);
	if (state.base) params.set('base', state.base);
	if (state.measure !== DEFAULT_MAP_STATE.measure) params.set('measure', state.measure);
	if (state.scale !== DEFAULT_MAP_STATE.scale) params.set('scale', state.scale);
	if (state.view !== DEFAULT_MAP_STATE.view) params.set('view', state.view);
	if (state.unit !== DEFAULT_MAP_STATE.unit) params.set('unit', state.unit);
	if (state.bureau) params.set('bureau', state.bureau);
	if (state.selected) params.set('m', state.selected);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The release a change is measured from: the chosen base if earlier than `date`, else the previous release. */
export function effectiveBase(releases: readonly string[], date: string, base: string | null): string | null {
	if (base && base < date) return base;
	const i = releases.indexOf(date);
	return i > 0 ? releases[i - 1] : null;
}
