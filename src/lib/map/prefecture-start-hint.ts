/**
 * What the map page tells app.html's inline script, so that another prefecture's first map
 * (`/?pref=<name>`: views/prefecture/<PP>.json) is fetched while the page is still being parsed,
 * not after the deployment's own map has hydrated. The page's fetch (release-views.ts) then finds
 * the response preloaded.
 */
import { PREFECTURES } from '../domain/prefectures';

export interface PrefectureStartHint {
	/** The site root relative to the page (SvelteKit's relative `base`). */
	root: string;
	/** The deployment's prefecture: its map is in the page already. */
	site: string;
	/** The 47 names in code order: the file of the n-th is views/prefecture/<n, two digits>.json. */
	names: readonly string[];
}

export const prefectureStartHint = (root: string, site: string): PrefectureStartHint => ({ root, site, names: PREFECTURES });

/** The file of a prefecture's first map, relative to the site root (as release-views.ts fetches it). */
export const prefectureStartFile = (code: number) => `views/prefecture/${String(code).padStart(2, '0')}.json`;
