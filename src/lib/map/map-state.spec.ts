import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_STATE, effectiveBase, parseMapState, serializeMapState, type MapState } from './map-state';

const context = { releases: ['2022-05-01', '2022-06-01', '2022-06-30'], bureaus: ['石狩振興局', '十勝総合振興局'], isCode: (c: string) => ['011002', '012025'].includes(c) };
const nagano = { releases: context.releases, bureaus: [], isCode: (c: string) => c === '202011' };
const contextOf = (pref: string | null) => (pref === '長野県' ? nagano : context);

describe('map state in the URL', () => {
	it('round-trips every field', () => {
		const state: MapState = { pref: '北海道', date: '2022-06-01', base: '2022-05-01', measure: 'gap_national', scale: 'relative', view: 'tile', unit: 'bureau', bureau: '十勝総合振興局', selected: '012025' };
		const query = serializeMapState(state);
		expect(query).toBe('?pref=%E5%8C%97%E6%B5%B7%E9%81%93&date=2022-06-01&base=2022-05-01&measure=gap_national&scale=relative&view=tile&unit=bureau&bureau=%E5%8D%81%E5%8B%9D%E7%B7%8F%E5%90%88%E6%8C%AF%E8%88%88%E5%B1%80&m=012025');
		expect(parseMapState(new URLSearchParams(query), contextOf)).toEqual({ state, ignored: [] });
	});
	it('writes nothing for the default view', () => {
		expect(serializeMapState(DEFAULT_MAP_STATE)).toBe('');
	});
	it('falls back to defaults for unknown values instead of failing', () => {
		const parsed = parseMapState(new URLSearchParams('date=2030-01-01&measure=bogus&scale=rainbow&view=3d&bureau=架空振興局&m=999999'), contextOf);
		expect(parsed.state).toEqual(DEFAULT_MAP_STATE);
		expect(parsed.ignored.map((i) => i.key)).toEqual(['date', 'measure', 'scale', 'view', 'bureau', 'm']);
	});
	it('reads the rest against the prefecture named: its own municipalities, no bureaus without regions', () => {
		const parsed = parseMapState(new URLSearchParams('pref=長野県&unit=bureau&m=011002'), contextOf);
		expect(parsed.state).toEqual({ ...DEFAULT_MAP_STATE, pref: '長野県' });
		expect(parsed.ignored).toEqual([
			{ key: 'unit', value: 'bureau' },
			{ key: 'm', value: '011002' }
		]);
		expect(parseMapState(new URLSearchParams('pref=長野県&m=202011'), contextOf).state.selected).toBe('202011');
	});
	it('ignores a name that is no prefecture', () => {
		expect(parseMapState(new URLSearchParams('pref=北海道県'), contextOf)).toEqual({ state: DEFAULT_MAP_STATE, ignored: [{ key: 'pref', value: '北海道県' }] });
	});
});

describe('effectiveBase', () => {
	it('uses the chosen earlier release, else the previous one', () => {
		expect(effectiveBase(context.releases, '2022-06-30', '2022-05-01')).toBe('2022-05-01');
		expect(effectiveBase(context.releases, '2022-06-30', null)).toBe('2022-06-01');
		expect(effectiveBase(context.releases, '2022-06-01', '2022-06-30')).toBe('2022-05-01');
		expect(effectiveBase(context.releases, '2022-05-01', null)).toBeNull();
	});
});
