/**
 * 保有枚数 (cards held) as a measure of its own: an INVENTED release of cards held (real municipality
 * list, made-up figures, written by the test) is imported on the データ page; the map then offers
 * 保有枚数率 for that release, the ranking says which measure it ranks by, and the /m/ chart marks the
 * break and draws the two measures as separate lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import type { MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import { issuanceRate } from '../../src/lib/domain/figures';
import { formatRate } from '../../src/lib/domain/format';
import { openSite, type SiteSession } from '../support/site';
import { waitReady, waitForTitle } from '../support/map-page';
import { csvBytes, inventMunicipalRows, municipalGrid, prefecturalGrid, type InventedRow } from '../support/invented-release';

const RELEASE = '2023-06-30';
const layout = { bom: true, quoted: true, crlf: false, separators: false };
/** The published layout with 保有枚数 in place of 交付枚数, as the Digital Agency's tables name it. */
const held = (grid: string[][]) => [grid[0].map((c) => (c === '交付枚数' ? '保有枚数' : c === '人口に対する交付枚数率' ? '人口に対する保有枚数率' : c)), ...grid.slice(1)];
const csvFile = (name: string, grid: string[][]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(csvBytes(grid, layout)) });

let rows: InventedRow[];
let site: SiteSession;

beforeAll(async () => {
	const data = await openDataEngine(NODE_DATA_DIR);
	const master = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	rows = inventMunicipalRows(master, 23);
	site = await openSite();
});
afterAll(() => site?.close());

describe('保有枚数 as its own measure', () => {
	it('imports an invented release of cards held alone on the データ page', async () => {
		await site.page.goto(`${site.origin}/data/`);
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		const files = [csvFile('hoyu-shichoson.csv', held(municipalGrid(rows, RELEASE))), csvFile('hoyu-todofuken.csv', held(prefecturalGrid(rows, RELEASE)))];
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-done], [data-testid=import-errors]', { timeout: 60_000 });
		expect(await site.page.locator('[data-testid=import-errors]').count()).toBe(0);
		expect(await site.page.textContent('[data-testid=import-done]')).toContain('2023年6月30日 を取り込みました');
		// The list of releases says which measure it has, and that it came from this browser.
		const row = site.page.locator('[data-testid=release-list] tr[data-release="2023-06-30"]');
		await row.waitFor();
		expect(await row.locator('[data-testid=release-measures]').textContent()).toBe('保有枚数');
		expect(await row.getAttribute('data-source')).toBe('browser');
		expect(await site.page.locator('[data-testid=release-list] tr[data-release="2022-06-30"] [data-testid=release-measures]').textContent()).toBe('交付枚数');
		// The same files again change nothing (the release is known from its holdings).
		await site.page.setInputFiles('[data-testid=import-input]', files);
		await site.page.waitForSelector('[data-testid=import-unchanged]', { timeout: 60_000 });
	});

	it('the map offers 保有枚数率 for that release, labelled as such', async () => {
		await site.page.setViewportSize({ width: 1440, height: 900 });
		await site.page.goto(`${site.origin}/?date=${RELEASE}`);
		await waitReady(site.page);
		const title = await waitForTitle(site.page, '2023年6月30日');
		expect(title).toContain('保有枚数率');
		expect(title).not.toContain('交付率');
		expect(await site.page.inputValue('[data-testid=measure-select]')).toBe('held_rate');
		expect(await site.page.textContent('[data-testid=release-select] option[value="2023-06-30"]')).toContain('保有枚数のみ');
		// The issued measures are not offered for a release that has none.
		expect(await site.page.locator('[data-testid=measure-select] option[value=rate]').isDisabled()).toBe(true);
		const hokkaido = rows.filter((r) => r.prefecture === '北海道');
		const rate = issuanceRate(hokkaido.reduce((s, r) => s + r.cards, 0), hokkaido.reduce((s, r) => s + r.population, 0));
		await site.page.waitForFunction(() => !document.querySelector('[data-testid=headline-updating]'));
		expect(await site.page.textContent('[data-testid=pref-rate]')).toBe(formatRate(rate));
		expect(await site.page.textContent('[data-testid=pref-rank-label]')).toContain('保有枚数率で 全国順位');
		expect(await site.page.textContent('.headline')).not.toContain('交付率');
		await site.screenshot('holdings-map-1440');
		await site.page.setViewportSize({ width: 390, height: 844 });
		expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= 390)).toBe(true);
		await site.screenshot('holdings-map-390');
		// A release of cards issued still shows 交付率.
		await site.page.setViewportSize({ width: 1440, height: 900 });
		await site.page.selectOption('[data-testid=release-select]', '2022-06-30');
		expect(await waitForTitle(site.page, '2022年6月30日')).toContain('交付率');
	});

	it('the ranking says which measure it ranks by', async () => {
		await site.page.goto(`${site.origin}/ranking/?date=${RELEASE}`);
		await site.page.waitForFunction(() => document.querySelector('[data-testid=ranking-measure]')?.textContent?.includes('保有枚数率'), null, { timeout: 60_000 });
		expect(await site.page.textContent('[data-testid=ranking-measure]')).toBe('指標: 保有枚数率');
		expect(await site.page.textContent('[data-testid=ranking-headline]')).toMatch(/北海道は保有枚数率 [\d.]+%、\s*保有枚数率で 全国\d+位\/47/);
		expect(await site.page.textContent('[data-testid=ranking-projection-measure]')).toContain('保有枚数率の見込みは出せません（保有枚数の公表は1回分');
		// The bump chart spans both measures: a labelled rule at the break, issued and held drawn apart.
		expect(await site.page.locator('[data-testid=rank-bump] [data-testid=series-break]').getAttribute('data-date')).toBe(RELEASE);
		expect(await site.page.textContent('[data-testid=rank-bump] [data-testid=series-break]')).toContain('保有枚数へ切替');
		expect(await site.page.locator('[data-testid=rank-bump] path[data-metric=held]').count()).toBeGreaterThan(0);
		// The national distribution of an imported release comes from DuckDB-wasm, column by column:
		// one dot per invented municipality, its 保有枚数率 from the invented figures.
		await site.page.waitForSelector('[data-testid=strip-updating]', { state: 'detached', timeout: 60_000 });
		expect(await site.page.textContent('#strip-title')).toContain(`全国${rows.length.toLocaleString('ja-JP')}市区町村の保有枚数率`);
		expect(await site.page.textContent('#strip-title')).toContain('2023年6月30日');
		expect(await site.page.locator('[data-testid=municipal-strip] circle[data-code]').count()).toBe(rows.length);
		const sapporo = rows.find((r) => r.code6 === '011002')!;
		await site.page.fill('[data-testid=strip-search]', '北海道札幌市');
		await site.page.waitForSelector('[data-testid=strip-found]');
		expect(await site.page.textContent('[data-testid=strip-found]')).toBe(`札幌市 ${formatRate(issuanceRate(sapporo.cards, sapporo.population))}`);
		await site.page.fill('[data-testid=strip-search]', '');
		await site.page.setViewportSize({ width: 1440, height: 900 });
		await site.screenshot('holdings-ranking-1440');
		await site.page.setViewportSize({ width: 390, height: 844 });
		expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= 390)).toBe(true);
		await site.screenshot('holdings-ranking-390');
		await site.page.setViewportSize({ width: 1440, height: 900 });
	});

	it("the /m/ chart marks the break and never joins the two measures' lines", async () => {
		await site.page.goto(`${site.origin}/m/011002/`);
		await site.page.waitForSelector('[data-testid=held-figures]', { timeout: 60_000 });
		const sapporo = rows.find((r) => r.code6 === '011002')!;
		expect(await site.page.textContent('[data-testid=held-rate]')).toBe(formatRate(issuanceRate(sapporo.cards, sapporo.population)));
		const chart = site.page.locator('figure.chart');
		expect(await chart.locator('[data-testid=series-break]').getAttribute('data-date')).toBe(RELEASE);
		const paths = await chart.locator('path.series').evaluateAll((els) => els.map((el) => ({ metric: el.getAttribute('data-metric'), series: el.getAttribute('data-series'), d: el.getAttribute('d') ?? '', dash: el.getAttribute('stroke-dasharray') })));
		const breakX = await chart.locator('[data-testid=series-break] line').getAttribute('x1').then(Number);
		const xs = (d: string) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
		// Two paths per line (the municipality, 北海道, 全国): one of each measure, the held one dashed.
		expect(paths.filter((p) => p.metric === 'issued')).toHaveLength(3);
		expect(paths.filter((p) => p.metric === 'held')).toHaveLength(3);
		for (const p of paths) {
			if (p.metric === 'issued') expect(Math.max(...xs(p.d))).toBeLessThan(breakX);
			else expect(Math.min(...xs(p.d))).toBeGreaterThanOrEqual(breakX - 0.1);
			expect(p.dash).toBe(p.metric === 'held' ? '6 3' : null);
		}
		expect(await site.page.textContent('[data-testid=metric-key]')).toContain('保有枚数率');
		await site.page.locator('figure.chart').screenshot({ path: 'test-results/screenshots/holdings-m-chart.png' });
		expect(site.foreignRequests).toEqual([]);
	});
});
