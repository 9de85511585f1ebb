/**
 * One figure, one definition: the headline figures read off every screen — 地図, 全国比較, 概要,
 * the municipality page, the plan's impact panel — and the summary CLI are the same text, for
 * five releases (the first and the latest among them) and three prefectures.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteForFile } from '../support/site';
import { runSummary, type SummaryJson } from '../../tools/summary';
import { formatSeireki } from '../../src/lib/domain/release-date';
import { formatDateProse } from '../../src/lib/domain/prose-format';

const RELEASES = ['2017-03-08', '2019-04-01', '2020-09-01', '2021-06-01', '2022-06-30'];
const PREFECTURES = ['北海道', '東京都', '沖縄県'];

interface Figures {
	rate: string;
	rank: string;
	national: string;
	gap: string;
}

/** What the CLI's JSON says, written as the screens write it (one decimal, signed points). */
async function fromCli(date: string, prefecture: string): Promise<Figures & { count: number }> {
	const { code, stdout, stderr } = await runSummary(['--date', date, '--pref', prefecture, '--json']);
	expect(code, stderr).toBe(0);
	const json = JSON.parse(stdout) as SummaryJson;
	// Real releases have a population: rate and gap are there (null only without one).
	const points = json.gap_national!;
	return {
		rate: `${json.rate!.toFixed(1)}%`,
		rank: `${json.rank}位/${json.prefecture_count}`,
		national: `${json.national_rate.toFixed(1)}%`,
		gap: `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)}pt`,
		count: json.prefecture_count
	};
}

const text = async (page: Page, testId: string) => ((await page.textContent(`[data-testid=${testId}]`)) ?? '').trim();

async function readScreen(page: Page, ids: Record<keyof Figures, string>): Promise<Figures> {
	return { rate: await text(page, ids.rate), rank: await text(page, ids.rank), national: await text(page, ids.national), gap: await text(page, ids.gap) };
}

const site = siteForFile();

describe('the same headline figures on every screen and in the CLI', () => {
	it('2022-06-30 is as MIC published it: 北海道 42.1%, 36位, 全国 45.3%, −3.1pt', async () => {
		expect(await fromCli('2022-06-30', '北海道')).toEqual({ rate: '42.1%', rank: '36位/47', national: '45.3%', gap: '−3.1pt', count: 47 });
	});

	for (const date of RELEASES) {
		it(`地図 (北海道) for ${date}`, async () => {
			const expected = await fromCli(date, '北海道');
			await site.page.goto(`${site.origin}/?date=${date}&unit=bureau`);
			await site.page.waitForFunction((d) => document.querySelector('[data-testid=release-date]')?.textContent?.includes(d), formatSeireki(date));
			await site.page.waitForSelector('[data-testid=headline-updating]', { state: 'detached' });
			const { count, ...want } = expected;
			expect(count).toBe(47);
			expect(await readScreen(site.page, { rate: 'pref-rate', rank: 'pref-rank', national: 'national-rate', gap: 'gap-national' })).toEqual(want);
		});

		for (const prefecture of PREFECTURES) {
			it(`全国比較 and 概要 for ${prefecture}, ${date}`, async () => {
				const { count: _count, ...want } = await fromCli(date, prefecture);
				const query = `?date=${date}&pref=${encodeURIComponent(prefecture)}`;
				await site.page.goto(`${site.origin}/ranking/${query}`);
				// Each page reads its URL after hydration: wait until it shows the release and prefecture asked for.
				await site.page.waitForFunction(([p, d]) => document.querySelector('[data-testid=ranking-headline]')?.textContent?.includes(`${d}:`) && document.querySelector('[data-testid=ranking-headline]')?.textContent?.includes(`${p}は`), [prefecture, formatDateProse(date)]);
				expect(await readScreen(site.page, { rate: 'ranking-rate', rank: 'ranking-rank', national: 'ranking-national', gap: 'ranking-gap' })).toEqual(want);
				await site.page.goto(`${site.origin}/summary/${query}`);
				await site.page.waitForFunction(([p, d]) => document.querySelector('h1')?.textContent?.startsWith(p) && document.querySelector('[data-testid=summary-date]')?.textContent?.startsWith(d), [prefecture, formatDateProse(date)]);
				expect(await readScreen(site.page, { rate: 'summary-rate', rank: 'summary-rank', national: 'summary-national', gap: 'summary-gap' })).toEqual(want);
			});
		}
	}

	it('the municipality page and the plan agree with the map for the latest release', async () => {
		const { count: _count, ...latest } = await fromCli('2022-06-30', '北海道');
		await site.page.goto(`${site.origin}/plan/`);
		await site.page.waitForSelector('[data-testid=impact-current]');
		expect({ ...(await readScreen(site.page, { rate: 'impact-current-rate', rank: 'impact-current-rank', national: 'impact-current-national', gap: 'impact-current-gap' })), rank: undefined }).toEqual({ ...latest, rank: undefined });
		expect(await text(site.page, 'impact-current-rank')).toBe(latest.rank.replace(/\/\d+$/, ''));

		// 札幌市: its rate and gap on its page equal the map's table and tooltip figures.
		await site.page.goto(`${site.origin}/m/011002/`);
		const pageRate = await text(site.page, 'municipality-rate');
		const pageGap = await text(site.page, 'municipality-gap');
		expect(await text(site.page, 'municipality-national')).toBe(latest.national);
		await site.page.goto(`${site.origin}/?m=011002&measure=gap_national`);
		await site.page.waitForSelector('[data-testid=municipality-panel]');
		const panel = (await site.page.textContent('[data-testid=municipality-panel]')) ?? '';
		expect(panel).toContain(pageRate);
		expect(panel).toContain(pageGap);
	});
});
