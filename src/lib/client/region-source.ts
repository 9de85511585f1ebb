/**
 * A prefecture's grouping from the region list imported on 計画 (region-store.ts), as the map's
 * `regionOf`: read once per prefecture and page, null when there is none (or it cannot be read).
 */
import { loadRegionList } from './region-store';
import type { RegionOf } from '../map/region-figures';

const lists = new Map<string, Promise<RegionOf | null>>();

export function importedRegionsOf(prefecture: string): Promise<RegionOf | null> {
	let list = lists.get(prefecture);
	if (!list) {
		list = loadRegionList(prefecture).then(
			(l) => (l && Object.keys(l.regions).length ? new Map(Object.entries(l.regions)) : null),
			() => null
		);
		lists.set(prefecture, list);
	}
	return list;
}
