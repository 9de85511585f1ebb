/**
 * `npm run project -- --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--municipalities]`: every
 * prefecture (and Hokkaido's municipalities) projected to --to from the releases up to --from only,
 * with the 90 % interval, the projected rank and its range (rankLow best, rankHigh worst). Exit code 2 for bad arguments.
 */
import { runDataCli, type CliResult } from './support/data-cli';
import { SITE_PREFECTURE } from '../src/lib/domain/site-prefecture';
import { PREFECTURE_MUNICIPALITIES, MUNICIPAL_SERIES, PREFECTURE_SERIES, type MunicipalityListRow, type SeriesRow } from '../src/lib/sql/queries';
import { groupSeries } from '../src/lib/data/series';
import { parseSlashDate } from '../src/lib/domain/release-date';
import { formatRate } from '../src/lib/domain/format';
import { prefectureCode } from '../src/lib/domain/prefectures';
import { intervalModel, modelName, CHOSEN_MODEL, CHOSEN_MODELS } from '../src/lib/domain/projection-interval';
import { projectRanking, type ProjectedEntry } from '../src/lib/domain/projected-ranking';
import type { SeriesPoint } from '../src/lib/domain/projection';

export interface ProjectArgs {
	from: string;
	to: string;
	json: boolean;
	municipalities: boolean;
}

export class UsageError extends Error {}

export function parseProjectArgs(argv: string[]): ProjectArgs {
	let from: string | null = null;
	let to: string | null = null;
	let json = false;
	let municipalities = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') json = true;
		else if (arg === '--municipalities') municipalities = true;
		else if (arg === '--from' || arg === '--to') {
			const value = argv[++i];
			if (value == null) throw new UsageError(`${arg} の値がありません（YYYY-MM-DD）`);
			const iso = parseSlashDate(value);
			if (!iso) throw new UsageError(`${arg}「${value}」は日付として読めません（YYYY-MM-DD）`);
			if (arg === '--from') from = iso;
			else to = iso;
		} else throw new UsageError(`不明な引数「${arg}」（使えるのは --from, --to, --json, --municipalities）`);
	}
	if (!from) throw new UsageError('--from（見込みの基準日 YYYY-MM-DD）を指定してください');
	if (!to) throw new UsageError('--to（見込みの期限 YYYY-MM-DD）を指定してください');
	if (to <= from) throw new UsageError(`--to ${to} は --from ${from} より後の日付にしてください`);
	return { from, to, json, municipalities };
}

export interface ProjectJson {
	from: string;
	to: string;
	method: string;
	prefectures: { prefecture: string; rate: number; low: number; high: number; rank: number; rankLow: number; rankHigh: number }[];
	municipalities?: { code6: string; name: string; rate: number; low: number; high: number; rank: number }[];
}

const figures = (e: ProjectedEntry) => ({ rate: e.projection.rate, low: e.projection.low, high: e.projection.high, rank: e.rank });
const withRange = (e: ProjectedEntry) => ({ ...figures(e), rankLow: e.rankLow, rankHigh: e.rankHigh });

export function runProject(argv: string[]): Promise<CliResult> {
	return runDataCli(argv, parseProjectArgs, async (args, engine) => {
	// Only the releases up to --from exist for what follows.
	const upTo = (rows: SeriesRow[]) => groupSeries(rows.filter((r) => r.release_date <= args.from));
	const prefectures = upTo(await engine.query<SeriesRow>(PREFECTURE_SERIES));
	const releases = [...new Set([...prefectures.values()].flatMap((s) => s.map((p) => p.date)))].sort();
	const release = releases.at(-1);
	if (!release) return { code: 2, stdout: '', stderr: `${args.from} 以前の公表データがありません（見込みには少なくとも1回分の公表が必要です）\n` };
	const ranked = projectRanking(prefectures, release, args.to, intervalModel(prefectures.values(), release));
	ranked.sort((a, b) => (prefectureCode(a.id) ?? 0) - (prefectureCode(b.id) ?? 0));
	const json: ProjectJson = { from: args.from, to: args.to, method: modelName(CHOSEN_MODEL), prefectures: ranked.map((e) => ({ prefecture: e.id, ...withRange(e) })) };
	if (args.municipalities) {
		const names = new Map((await engine.query<MunicipalityListRow>(PREFECTURE_MUNICIPALITIES, [SITE_PREFECTURE])).map((m) => [m.code6, m.name]));
		const all = upTo(await engine.query<SeriesRow>(MUNICIPAL_SERIES));
		const hokkaido = new Map<string, SeriesPoint[]>([...all].filter(([code6]) => names.has(code6)));
		// The interval is learned from every municipality in the country; the rank is within Hokkaido.
		const model = intervalModel(all.values(), release, CHOSEN_MODELS.municipality);
		json.municipalities = projectRanking(hokkaido, release, args.to, model)
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((e) => ({ code6: e.id, name: names.get(e.id)!, ...figures(e) }));
	}
	if (args.json) return { code: 0, stdout: JSON.stringify(json, null, 2) + '\n', stderr: '' };
	const lines = [
		`見込み: ${release} までの公表から ${args.to} へ（方法 ${json.method}、90%の幅）`,
		'',
		table(['都道府県', '交付率', '90%の幅', '順位', '順位の幅'], json.prefectures.map((p) => [p.prefecture, formatRate(p.rate), `${formatRate(p.low)}〜${formatRate(p.high)}`, `${p.rank}位`, `${p.rankLow}〜${p.rankHigh}位`]))
	];
	if (json.municipalities) {
		lines.push('', '北海道の市町村（順位は道内179市町村の中で）', '');
		lines.push(table(['コード', '市町村', '交付率', '90%の幅', '順位'], json.municipalities.map((m) => [m.code6, m.name, formatRate(m.rate), `${formatRate(m.low)}〜${formatRate(m.high)}`, `${m.rank}位`])));
	}
	return { code: 0, stdout: lines.join('\n') + '\n', stderr: '' };
	});
}

/** Columns padded by display width (full-width characters count two). */
function table(head: string[], rows: string[][]): string {
	const width = (s: string) => [...s].reduce((n, c) => n + (/[^\x20-\x7e]/.test(c) ? 2 : 1), 0);
	const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 1 && head[1] === '市町村' ? c + ' '.repeat(cols[i] - width(c)) : ' '.repeat(cols[i] - width(c)) + c)).join('  ');
	return [line(head), ...rows.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { code, stdout, stderr } = await runProject(process.argv.slice(2));
	process.stdout.write(stdout);
	process.stderr.write(stderr);
	process.exit(code);
}
