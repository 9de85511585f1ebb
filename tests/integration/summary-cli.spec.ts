import { describe, expect, it } from 'vitest';
import { parseSummaryArgs, runSummary, UsageError, type SummaryJson } from '../../tools/summary';

describe('parseSummaryArgs', () => {
	it('defaults to the latest release of 北海道 as text', () => {
		expect(parseSummaryArgs([])).toEqual({ date: null, prefecture: '北海道', json: false });
		expect(parseSummaryArgs(['--date', '2022/06/30', '--pref', '宮崎県', '--json'])).toEqual({ date: '2022-06-30', prefecture: '宮崎県', json: true });
	});
	it('refuses bad arguments with a message', () => {
		expect(() => parseSummaryArgs(['--date', '2022-02-30'])).toThrow(UsageError);
		expect(() => parseSummaryArgs(['--pref', '北海'])).toThrow('都道府県名ではありません');
		expect(() => parseSummaryArgs(['--bogus'])).toThrow('不明な引数');
	});
});

describe('npm run summary (real data)', () => {
	it('prints the latest headline with the bureaus', async () => {
		const { code, stdout } = await runSummary([]);
		expect(code).toBe(0);
		expect(stdout).toContain('2022年6月30日（令和4年6月30日）時点');
		expect(stdout).toContain('交付率 42.1%, 36位/47');
		expect(stdout).toContain('全国: 交付率 45.3%');
		expect(stdout).toContain('日高振興局');
	});
	it('prints JSON with the documented keys', async () => {
		const { code, stdout } = await runSummary(['--date', '2022-06-30', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as SummaryJson;
		expect(json).toMatchObject({ release_date: '2022-06-30', release_date_wareki: '令和4年6月30日', prefecture: '北海道', rate: 42.1, rank: 36, prefecture_count: 47, national_rate: 45.3 });
		expect(json.bureaus).toHaveLength(14);
		expect(Object.keys(json.bureaus[0])).toEqual(['bureau', 'municipality_count', 'population', 'cards', 'rate']);
	});
	it('reports another prefecture without bureaus', async () => {
		const json = JSON.parse((await runSummary(['--pref', '宮崎県', '--json'])).stdout) as SummaryJson;
		expect(json).toMatchObject({ prefecture: '宮崎県', rank: 1, rate: 58.6, bureaus: [] });
	});
	it('exits 2 for an unknown date or prefecture', async () => {
		const unknownDate = await runSummary(['--date', '2022-07-31']);
		expect(unknownDate.code).toBe(2);
		expect(unknownDate.stderr).toContain('2022-07-31 の公表データはありません');
		expect((await runSummary(['--pref', 'ほっかいどう'])).code).toBe(2);
	});
});
