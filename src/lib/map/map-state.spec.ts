import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_STATE, effectiveBase, parseMapState, serializeMapState, type MapState } from './map-state';

const context = { releases: ['2022-05-01', '2022-06-01', '2022-06-30'], bureaus: ['石狩振興局', '十勝総合振興局'], codes: ['011002', '012025'] };

describe('map state in the URL', () => {
	it('round-trips every field', () => {
		const state: MapState = { date: '2022-06-01', base: '2022-05-01', measure: 'gap_national', scale: 'relative', view: 'tile', unit: 'bureau', bureau: '十勝総合振興局', selected: '012025' };
		const query = serializeMapState(state);
		expect(query).toBe('?date=2022-06-01&base=2022-05-01&measure=gap_national&scale=relative&view=tile&unit=bureau&bureau=%E5%8D%81%E5%8B%9D%E7%B7%8F%E5%90%88%E6%8C%AF%E8%88%88%E5%B1%80&m=012025');
		expect(parseMapState(new URLSearchParams(query), context)).toEqual(state);
	});
	it('writes nothing for the default view', () => {
		expect(serializeMapState(DEFAULT_MAP_STATE)).toBe('');
	});
	it('falls back to defaults for unknown values instead of failing', () => {
		const parsed = parseMapState(new URLSearchParams('date=2030-01-01&measure=bogus&scale=rainbow&view=3d&bureau=架空振興局&m=999999'), context);
		expect(parsed).toEqual(DEFAULT_MAP_STATE);
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
