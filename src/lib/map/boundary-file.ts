/**
 * Where a prefecture's boundaries are published in the site (static/data/boundaries/PP.topo.json),
 * relative to the site's base, so the page, the prerender and the service worker name the same file.
 * The service worker keeps the default prefecture's file offline and fetches the others when shown.
 */
const BOUNDARY_PATTERN = /(?:^|\/)data\/boundaries\/(\d{2})\.topo\.json$/;

export const twoDigits = (prefectureCode: number) => String(prefectureCode).padStart(2, '0');

/** `data/boundaries/01.topo.json` for 北海道 (code 1); throws for a code outside 1–47. */
export function boundaryFile(prefectureCode: number): string {
	if (!Number.isInteger(prefectureCode) || prefectureCode < 1 || prefectureCode > 47) {
		throw new Error(`都道府県コード ${prefectureCode} は 1〜47 ではありません`);
	}
	return `data/boundaries/${twoDigits(prefectureCode)}.topo.json`;
}

/** The prefecture code of a boundary file's path or URL (any base before `data/`), else null. */
export function boundaryFilePrefecture(path: string): number | null {
	const match = BOUNDARY_PATTERN.exec(path.split(/[?#]/)[0]);
	return match ? Number(match[1]) : null;
}

/** The id of land that belongs to no municipality (所属未定地) in a prefecture's boundaries: not a code, never in the data. */
export function unassignedAreaCode(prefectureCode: number): string {
	return `${twoDigits(prefectureCode)}-unassigned`;
}
