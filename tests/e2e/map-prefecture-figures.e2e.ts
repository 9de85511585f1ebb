/**
 * The figures of three prefectures read off 地図 (/?pref=) and /m/ equal `npm run summary -- --pref
 * <name> --json`: the prefecture's rate and rank, and each municipality's rate and rank within it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';
import { runSummary, type SummaryJson } from '../../tools/summary';

let site: SiteSession;
beforeAll(async () => (site = await openSite()));
afterAll(() => site?.close());

async function summary(prefecture: string): Promise<SummaryJson> {
	const { code, stdout, stderr } = await runSummary(['--pref', prefecture, '--json']);
	expect(code, stderr).toBe(0);
	return JSON.parse(stdout);
}

describe.each(['長野県', '東京都', '宮崎県'])('%s', (prefecture) => {
	it('shows the same figures on the map as the summary CLI', async () => {
		const expected = await summary(prefecture);
		await site.page.goto(`${site.origin}/?pref=${encodeURIComponent(prefecture)}`);
		await site.page.waitForSelector(`main[data-prefecture="${prefecture}"] [data-testid=choropleth]`, { timeout: 30_000 });
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe(`${expected.rate!.toFixed(1)}%`);
		expect(await site.page.textContent('[data-testid=pref-rank]')).toContain(`${expected.rank}位`);
		// The top of the table by rate is the summary's first municipality.
		const first = expected.municipalities[0];
		expect(await site.page.textContent('#municipality-table')).toContain(first.name);
	});

	it('shows the same municipal figures on /m/ as the summary CLI', async () => {
		const expected = await summary(prefecture);
		for (const m of [expected.municipalities[0], expected.municipalities.at(-1)!]) {
			await site.page.goto(`${site.origin}/m/${m.code6}/`);
			expect(await site.page.textContent('[data-testid=municipality-name]')).toContain(m.name);
			expect(await site.page.textContent('[data-testid=municipality-rate]')).toBe(`${m.rate!.toFixed(1)}%`);
			expect(await site.page.textContent('[data-testid=rank-in-prefecture]')).toBe(`${m.rank_in_prefecture}位/${expected.municipalities.length}`);
		}
		expect(site.foreignRequests).toEqual([]);
	});
});
