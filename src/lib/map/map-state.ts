/**
 * The whole state of the map screen lives in the URL query, so a view can be shared by
 * link, survives reload, and back/forward step through it. Unknown values fall back to
 * defaults rather than failing: a mistyped link still opens the map.
 */
import { MEASURE_IDS, type MeasureId } from './measures';

export type MapView = 'geo' | 'tile';
export type MapUnit = 'municipality' | 'bureau';
/** Rate colours fixed across releases (the default), or classes of the release shown alone. */
export type RateScale = 'fixed' | 'relative';

export interface MapState {
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

export const DEFAULT_MAP_STATE: MapState = { date: null, base: null, measure: 'rate', scale: 'fixed', view: 'geo', unit: 'municipality', bureau: null, selected: null };

export interface MapStateContext {
	releases: readonly string[];
	bureaus: readonly string[];
	codes: readonly string[];
}

export function parseMapState(params: URLSearchParams, context: MapStateContext): MapState {
	const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null);
	return {
		date: pick(params.get('date'), context.releases),
		base: pick(params.get('base'), context.releases),
		measure: pick(params.get('measure'), MEASURE_IDS) ?? DEFAULT_MAP_STATE.measure,
		scale: pick(params.get('scale'), ['fixed', 'relative'] as const) ?? DEFAULT_MAP_STATE.scale,
		view: pick(params.get('view'), ['geo', 'tile'] as const) ?? DEFAULT_MAP_STATE.view,
		unit: pick(params.get('unit'), ['municipality', 'bureau'] as const) ?? DEFAULT_MAP_STATE.unit,
		bureau: pick(params.get('bureau'), context.bureaus),
		selected: pick(params.get('m'), context.codes)
	};
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function serializeMapState(state: MapState): string {
	const params = new URLSearchParams();
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
