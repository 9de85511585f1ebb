/**
 * Numbers and dates written in sentences as 公用文 writes them (文化庁「公用文作成の考え方」, 2022):
 * large counts rounded with 万・億 and 「約」 (「約17万枚」), dates in 西暦 with the 和暦 year beside it
 * (「2022年（令和4年）6月30日」). Tables keep exact digits with commas (format.ts).
 */
import { formatInteger } from './format';
import { roundOneDecimal } from './figures';
import { formatWareki } from './release-date';

const MAN = 10_000;
const OKU = 100_000_000;
const oneDecimal = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

/**
 * A count for prose, with its unit: exact below 1万 (「8,512枚」); 1万–10万 to 0.1万 (「約1.2万人」);
 * 10万–1億 to the 万 (「約17万枚」, 「約1,234万人」); from 1億, 億 and 万 (「約1億2,345万人」).
 * 「約」 only when rounding changed the figure. A negative count (a fall) is its magnitude with 「−」 before.
 */
export function formatCountProse(n: number, unit = ''): string {
	if (!Number.isFinite(n)) return `—${unit}`;
	if (n < 0) return `−${formatCountProse(-n, unit)}`;
	const whole = Math.round(n);
	if (whole < MAN) return `${formatInteger(whole)}${unit}`;
	let rounded: number;
	let text: string;
	if (whole < 10 * MAN) {
		const tenths = Math.round(whole / 1000) / 10;
		rounded = tenths * MAN;
		text = `${oneDecimal.format(tenths)}万`;
	} else {
		const man = Math.round(whole / MAN);
		rounded = man * MAN;
		const oku = Math.floor(man / MAN);
		const rest = man % MAN;
		text = oku > 0 ? `${formatInteger(oku)}億${rest > 0 ? `${formatInteger(rest)}万` : ''}` : `${formatInteger(man)}万`;
	}
	return `${rounded === whole ? '' : '約'}${text}${unit}`;
}

/** 2022-06-30 → 「2022年（令和4年）6月30日」; 2019-05-01 → 「2019年（令和元年）5月1日」. */
export function formatDateProse(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	const era = /^(\D+?(?:元|\d+)年)/.exec(formatWareki(iso));
	return `${year}年${era && !/^\d/.test(era[1]) ? `（${era[1]}）` : ''}${month}月${day}日`;
}

/** A difference in points for prose: 「3.1ポイント」 (the sign is said in words by the sentence). */
export function formatPointsProse(points: number): string {
	return `${roundOneDecimal(Math.abs(points)).toFixed(1)}ポイント`;
}

/** A small lift of a rate, in a table: 「+0.12pt」 (two decimals, half away from zero, always signed). */
export function formatHundredthsPoints(points: number): string {
	const rounded = Math.sign(points) * (Math.round(Math.abs(points) * 100 * (1 + 4 * Number.EPSILON)) / 100);
	const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
	return `${sign}${Math.abs(rounded).toFixed(2)}pt`;
}
