/**
 * `npm run summary -- [--date YYYY-MM-DD] [--pref 北海道] [--json]`: the headline of a release.
 * Exit code 2 for an unknown date or prefecture or bad arguments.
 */
import { runDataCli, type CliResult } from './support/data-cli';
import { listReleases, readHeadline } from '../src/lib/data/headline';
import { gapToNational, roundOneDecimal } from '../src/lib/domain/figures';
import { formatSeireki, formatWareki, parseSlashDate } from '../src/lib/domain/release-date';
import { formatInteger, formatPoints, formatRate } from '../src/lib/domain/format';
import { prefectureCode } from '../src/lib/domain/prefectures';
import { terminalLines } from '../src/lib/import/terminal-text';
import { MUNICIPAL_RANKING_IN_PREFECTURE, type MunicipalRankRow } from '../src/lib/sql/queries';

export interface SummaryArgs {
	date: string | null;
	prefecture: string;
	json: boolean;
}

export class UsageError extends Error {}

export function parseSummaryArgs(argv: string[]): SummaryArgs {
	const args: SummaryArgs = { date: null, prefecture: '北海道', json: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') args.json = true;
		else if (arg === '--date' || arg === '--pref') {
			const value = argv[++i];
			if (value == null) throw new UsageError(`${arg} の値がありません`);
			if (arg === '--date') {
				const iso = parseSlashDate(value);
				if (!iso) throw new UsageError(`--date「${value}」は日付として読めません（YYYY-MM-DD）`);
				args.date = iso;
			} else {
				if (prefectureCode(value) == null) throw new UsageError(`--pref「${value}」は都道府県名ではありません（例: 北海道、東京都）`);
				args.prefecture = value;
			}
		} else throw new UsageError(`不明な引数「${arg}」（使えるのは --date, --pref, --json）`);
	}
	return args;
}

export interface SummaryJson {
	release_date: string;
	release_date_wareki: string;
	prefecture: string;
	population: number;
	cards: number;
	/** null when the population is 0 (no rate, no rank). */
	rate: number | null;
	rank: number | null;
	prefecture_count: number;
	national_rate: number;
	/** Points above (+) or below (−) the national rate: unrounded rates subtracted, then rounded. */
	gap_national: number | null;
	bureaus: { bureau: string; municipality_count: number; population: number; cards: number; rate: number | null }[];
	/** The prefecture's municipalities, ranked within it (rates rounded as every screen shows them; null without population). */
	municipalities: { code6: string; name: string; rate: number | null; rank_in_prefecture: number | null }[];
}

export function runSummary(argv: string[]): Promise<CliResult> {
	return runDataCli(argv, parseSummaryArgs, async (args, engine) => {
	const releases = (await listReleases(engine)).map((r) => r.release_date);
	const date = args.date ?? releases.at(-1)!;
	if (!releases.includes(date)) {
		return { code: 2, stdout: '', stderr: `${date} の公表データはありません（${releases[0]} 〜 ${releases.at(-1)} の ${releases.length} 回分があります）\n` };
	}
	const result = await readHeadline(engine, date, args.prefecture);
	if (!result) return { code: 2, stdout: '', stderr: `${date} に ${args.prefecture} のデータはありません\n` };
	const { headline: h, bureaus } = result;
	const json: SummaryJson = {
		release_date: h.release_date,
		release_date_wareki: formatWareki(h.release_date),
		prefecture: h.prefecture,
		population: h.population,
		cards: h.cards,
		// No population to divide by: no rate and no rank (never NaN, never 1位).
		rate: h.rate == null ? null : roundOneDecimal(h.rate),
		rank: h.rate == null ? null : h.rank,
		prefecture_count: h.prefecture_count,
		national_rate: roundOneDecimal(h.national_rate),
		gap_national: h.rate == null ? null : roundOneDecimal(gapToNational(h)),
		bureaus: bureaus.map((b) => ({ bureau: b.bureau, municipality_count: b.municipality_count, population: b.population, cards: b.cards, rate: b.rate == null ? null : roundOneDecimal(b.rate) })),
		municipalities: (await engine.query<MunicipalRankRow>(MUNICIPAL_RANKING_IN_PREFECTURE, [date, args.prefecture])).map((m) => ({ code6: m.code6, name: m.name, rate: m.rate == null ? null : roundOneDecimal(m.rate), rank_in_prefecture: m.rate == null ? null : m.rank }))
	};
	if (args.json) return { code: 0, stdout: JSON.stringify(json, null, 2) + '\n', stderr: '' };
	const lines = [
		`${formatSeireki(h.release_date)}（${formatWareki(h.release_date)}）時点`,
		`${h.prefecture}: 人口 ${formatInteger(h.population)} 人, 交付枚数 ${formatInteger(h.cards)} 枚, 交付率 ${formatRate(h.rate)}${h.rate == null ? '（人口が 0 のため計算できません）' : `, ${h.rank}位/${h.prefecture_count}`}`,
		`全国: 交付率 ${formatRate(h.national_rate)}（${h.prefecture}との差 ${h.rate == null ? '—' : formatPoints(gapToNational(h))}）`
	];
	if (bureaus.length) {
		lines.push('', '振興局                  市町村数         人口     交付枚数   交付率');
		for (const b of bureaus) {
			lines.push(
				`${b.bureau.padEnd(12, '　')} ${String(b.municipality_count).padStart(6)} ${formatInteger(b.population).padStart(12)} ${formatInteger(b.cards).padStart(12)} ${formatRate(b.rate).padStart(8)}`
			);
		}
	}
	return { code: 0, stdout: terminalLines(lines) + '\n', stderr: '' };
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { code, stdout, stderr } = await runSummary(process.argv.slice(2));
	process.stdout.write(stdout);
	process.stderr.write(stderr);
	process.exitCode = code;
}
