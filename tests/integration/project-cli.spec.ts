import { describe, expect, it } from 'vitest';
import { parseProjectArgs, runProject, UsageError, type ProjectJson } from '../../tools/project';
import { PREFECTURE_SERIES, type SeriesRow } from '../../src/lib/sql/queries';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { openDataEngine } from '../../src/lib/server/node-engine';

async function project(argv: string[]): Promise<ProjectJson> {
	const { code, stdout, stderr } = await runProject([...argv, '--json']);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as ProjectJson;
}

describe('parseProjectArgs', () => {
	it('reads the dates and flags', () => {
		expect(parseProjectArgs(['--from', '2022-06-30', '--to', '2022/9/30', '--json'])).toEqual({ from: '2022-06-30', to: '2022-09-30', json: true, municipalities: false });
	});
	it('refuses bad arguments in Japanese', () => {
		expect(() => parseProjectArgs(['--from', '2022-02-30', '--to', '2022-09-30'])).toThrow(UsageError);
		expect(() => parseProjectArgs(['--from', '2022-06-30', '--to', '2022-06-30'])).toThrow('より後の日付');
		expect(() => parseProjectArgs(['--to', '2022-06-30'])).toThrow('--from');
	});
});

describe('npm run project (real data)', () => {
	it('projects all 47 prefectures with consistent ranks and honest intervals', async () => {
		const json = await project(['--from', '2022-06-30', '--to', '2022-09-30']);
		expect(Object.keys(json)).toEqual(['from', 'to', 'method', 'prefectures']);
		expect(json).toMatchObject({ from: '2022-06-30', to: '2022-09-30' });
		expect(json.prefectures).toHaveLength(47);
		const engine = await openDataEngine(NODE_DATA_DIR);
		const now = new Map((await engine.query<SeriesRow>(PREFECTURE_SERIES)).filter((r) => r.release_date === '2022-06-30').map((r) => [r.id, (100 * r.cards) / r.population]));
		await engine.close();
		for (const p of json.prefectures) {
			expect(Object.keys(p)).toEqual(['prefecture', 'rate', 'low', 'high', 'rank', 'rankLow', 'rankHigh']);
			for (const v of [p.rate, p.low, p.high, p.rank]) expect(typeof v).toBe('number');
			expect(Number.isInteger(p.rankLow) && Number.isInteger(p.rankHigh)).toBe(true);
			expect(p.rankLow).toBeLessThanOrEqual(p.rank);
			expect(p.rank).toBeLessThanOrEqual(p.rankHigh);
			expect(p.rankLow).toBeGreaterThanOrEqual(1);
			expect(p.rankHigh).toBeLessThanOrEqual(47);
			expect(p.low).toBeLessThanOrEqual(p.rate);
			expect(p.rate).toBeLessThanOrEqual(p.high);
			expect(p.high).toBeLessThanOrEqual(100);
			expect(p.low).toBeGreaterThanOrEqual(now.get(p.prefecture)! - 1e-9);
			// Rank: 1 + the number of prefectures projected strictly higher.
			expect(p.rank).toBe(1 + json.prefectures.filter((o) => o.rate > p.rate).length);
		}
		expect(new Set(json.prefectures.map((p) => p.rank)).has(1)).toBe(true);
		const hokkaido = json.prefectures.find((p) => p.prefecture === '北海道')!;
		expect(hokkaido.rate).toBeGreaterThan(42.13);
	});
	it('states a year-end interval a reader can use: at most ~20 points wide, low never falling with the horizon', async () => {
		const sept = await project(['--from', '2022-06-30', '--to', '2022-09-30']);
		const dec = await project(['--from', '2022-06-30', '--to', '2022-12-31']);
		const widths = dec.prefectures.map((p) => p.high - p.low).sort((a, b) => a - b);
		expect(widths[23]).toBeLessThanOrEqual(20);
		for (const p of dec.prefectures) expect(p.low).toBeGreaterThanOrEqual(sept.prefectures.find((s) => s.prefecture === p.prefecture)!.low - 1e-9);
	});
	it('uses only the releases up to --from', async () => {
		// Nothing published after 2021-12-01 can matter for --from 2021-12-31: the same as --from 2021-12-01.
		const a = await project(['--from', '2021-12-31', '--to', '2022-03-31']);
		const b = await project(['--from', '2021-12-01', '--to', '2022-03-31']);
		expect(a.prefectures).toEqual(b.prefectures);
		// …while the release of 2022-01-01 does.
		const c = await project(['--from', '2022-01-01', '--to', '2022-03-31']);
		expect(c.prefectures).not.toEqual(a.prefectures);
	});
	it('adds Hokkaido’s 179 municipalities when asked', async () => {
		const json = await project(['--from', '2022-06-30', '--to', '2022-09-30', '--municipalities']);
		expect(json.municipalities).toHaveLength(179);
		for (const m of json.municipalities!) {
			expect(Object.keys(m)).toEqual(['code6', 'name', 'rate', 'low', 'high', 'rank']);
			expect(m.low).toBeLessThanOrEqual(m.rate);
			expect(m.rate).toBeLessThanOrEqual(m.high);
			expect(m.rank).toBe(1 + json.municipalities!.filter((o) => o.rate > m.rate).length);
		}
	}, 120_000);
	it('prints a readable table rounded to one decimal', async () => {
		const { code, stdout } = await runProject(['--from', '2022-06-30', '--to', '2022-09-30']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/北海道\s+\d+\.\d%\s+\d+\.\d%〜\d+\.\d%\s+\d+位/);
	});
	it('exits 2 with a Japanese message for bad input', async () => {
		for (const argv of [['--from', 'きのう', '--to', '2022-09-30'], ['--from', '2022-09-30', '--to', '2022-06-30'], ['--from', '2010-01-01', '--to', '2022-06-30']]) {
			const r = await runProject(argv);
			expect(r.code).toBe(2);
			expect(r.stderr).toMatch(/[ぁ-んァ-ン一-龥]/);
		}
	});
});
