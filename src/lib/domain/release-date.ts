/** Dates in the sources are "YYYY/MM/DD"; internally we use ISO "YYYY-MM-DD". */
export function parseSlashDate(text: string): string | null {
	const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text.trim());
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Release folders are named YYYYMMDD. */
export function releaseDirToIso(dir: string): string | null {
	const m = /^(\d{4})(\d{2})(\d{2})$/.exec(dir);
	return m ? parseSlashDate(`${m[1]}/${m[2]}/${m[3]}`) : null;
}

export function isoToReleaseDir(iso: string): string {
	return iso.replaceAll('-', '');
}

function isoParts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y, m, d];
}

/** 2022-06-30 → 2022年6月30日 */
export function formatSeireki(iso: string): string {
	const [y, m, d] = isoParts(iso);
	return `${y}年${m}月${d}日`;
}

const ERAS = [
	{ name: '令和', start: '2019-05-01', firstYear: 2019 },
	{ name: '平成', start: '1989-01-08', firstYear: 1989 },
	{ name: '昭和', start: '1926-12-25', firstYear: 1926 }
] as const;

/** 2022-06-30 → 令和4年6月30日; the first year of an era is written 元年. */
export function formatWareki(iso: string): string {
	const [y, m, d] = isoParts(iso);
	const era = ERAS.find((e) => iso >= e.start);
	if (!era) return formatSeireki(iso);
	const eraYear = y - era.firstYear + 1;
	return `${era.name}${eraYear === 1 ? '元' : eraYear}年${m}月${d}日`;
}

/** Today's date in Japan (releases are dated in JST), as ISO "YYYY-MM-DD". */
export function todayInJapan(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
