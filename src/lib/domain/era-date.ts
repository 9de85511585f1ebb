/**
 * Reference dates as MIC writes them inside header text: 和暦 (「R7.8末」「R7.1.1」「令和7年8月末」
 * 「H31.1.1」「令和元年5月1日」) or 西暦 (「2025.8末」「2025/8/31」「2025年8月末日」), with full-width
 * digits and brackets (「（R7.1.1時点）」). 「末」 is the last day of the month. Pure: text in, ISO dates out.
 */

interface Era {
	names: string[];
	/** First day of the era (ISO) and the Gregorian year of its year 1. */
	start: string;
	firstYear: number;
}

/** Newest first; an era ends the day before the next one starts. */
const ERAS: Era[] = [
	{ names: ['令和', 'R'], start: '2019-05-01', firstYear: 2019 },
	{ names: ['平成', 'H'], start: '1989-01-08', firstYear: 1989 },
	{ names: ['昭和', 'S'], start: '1926-12-25', firstYear: 1926 }
];

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The last day of a month (1–12) of a Gregorian year. */
export function monthEnd(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A Gregorian date from its parts, or null when no such day exists; day 'end' is the month end. */
function gregorian(year: number, month: number, day: number | 'end'): string | null {
	if (!Number.isInteger(year) || year < 1900 || year > 2999 || month < 1 || month > 12) return null;
	const d = day === 'end' ? monthEnd(year, month) : day;
	if (d < 1 || d > monthEnd(year, month)) return null;
	return iso(year, month, d);
}

/** Full-width digits, letters, dots, slashes and brackets to ASCII, so one pattern reads both. */
function toHalfWidth(text: string): string {
	return text.normalize('NFKC');
}

const ERA_NAMES = ERAS.flatMap((e) => e.names).join('|');
// 「R7.8末」「R7.8.31」「令和7年8月末日」「令和元年5月1日」「R7/8/31」 (year, month, then a day or 末)
const WAREKI = new RegExp(`(${ERA_NAMES})\\s*(元|\\d{1,2})\\s*[.．/年]\\s*(\\d{1,2})\\s*(?:[.．/月]\\s*(\\d{1,2})\\s*日?|月?\\s*末日?)`, 'gu');
// 「2025.8末」「2025/8/31」「2025-08-31」「2025年8月末日」
const SEIREKI = /(?<!\d)(\d{4})\s*[.．/\-年]\s*(\d{1,2})\s*(?:[.．/\-月]\s*(\d{1,2})\s*日?|月?\s*末日?)/gu;

function warekiToIso(eraName: string, yearText: string, month: number, day: number | 'end'): string | null {
	const index = ERAS.findIndex((e) => e.names.includes(eraName));
	const era = ERAS[index];
	const eraYear = yearText === '元' ? 1 : Number(yearText);
	if (eraYear < 1) return null;
	const date = gregorian(era.firstYear + eraYear - 1, month, day);
	if (date == null || date < era.start) return null;
	// A date on or after the next era's first day was never written in this era (H31.5.1 is R1.5.1).
	const next = ERAS[index - 1];
	if (next && date >= next.start) return null;
	return date;
}

/**
 * Every date written in a text, in order, as ISO "YYYY-MM-DD". 「R7.8末」→ 2025-08-31,
 * 「（R7.1.1時点）」→ 2025-01-01, 「2025年8月末日」→ 2025-08-31. A date that does not exist
 * (「R7.2.30」, 「H31.5.1」, 「R1.4.1」) is left out.
 */
export function datesInText(text: string): string[] {
	const half = toHalfWidth(text);
	const found: { at: number; date: string }[] = [];
	const taken: [number, number][] = [];
	for (const m of half.matchAll(WAREKI)) {
		const date = warekiToIso(m[1], m[2], Number(m[3]), m[4] != null ? Number(m[4]) : 'end');
		taken.push([m.index!, m.index! + m[0].length]);
		if (date) found.push({ at: m.index!, date });
	}
	for (const m of half.matchAll(SEIREKI)) {
		// The digits of a 和暦 date already read are not read again as 西暦.
		if (taken.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
		const date = gregorian(Number(m[1]), Number(m[2]), m[3] != null ? Number(m[3]) : 'end');
		if (date) found.push({ at: m.index!, date });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

/** The one date a text holds (ISO), or null when it holds none or several different ones. */
export function dateInText(text: string): string | null {
	const dates = [...new Set(datesInText(text))];
	return dates.length === 1 ? dates[0] : null;
}

/** A release date in a file name: 「20250831」 (eight digits alone) or any date datesInText reads. */
export function dateInFileName(fileName: string): string | null {
	const base = fileName.replace(/\.[^.]*$/, '');
	const compact = [...base.matchAll(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g)].map((m) => gregorian(Number(m[1]), Number(m[2]), Number(m[3]))).filter((d): d is string => d != null);
	const dates = [...new Set([...compact, ...datesInText(base)])];
	return dates.length === 1 ? dates[0] : null;
}
