/**
 * The prefecture a deployment is made for: the default of every screen (title, headings, the
 * prerendered first map, manifest). Set at build time with KOFURITSU_PREFECTURE (e.g.
 * `KOFURITSU_PREFECTURE=長野県 npm run build`); unset, the site is Hokkaido's.
 * Read by Vite (client and prerender, exposed through envPrefix) and by Node tools alike.
 */
import { PREFECTURES, type PrefectureName } from './prefectures';

function configured(): string | undefined {
	const fromVite = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.KOFURITSU_PREFECTURE;
	const fromNode = typeof process !== 'undefined' ? process.env?.KOFURITSU_PREFECTURE : undefined;
	return (fromVite || fromNode || undefined)?.trim();
}

export function sitePrefectureFrom(value: string | undefined): PrefectureName {
	if (!value) return '北海道';
	if ((PREFECTURES as readonly string[]).includes(value)) return value as PrefectureName;
	throw new Error(`KOFURITSU_PREFECTURE: 「${value}」は都道府県名として読めません（例: 長野県）`);
}

/** The deployment's default prefecture. */
export const SITE_PREFECTURE: PrefectureName = sitePrefectureFrom(configured());
