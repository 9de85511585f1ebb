import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';
import { runProject, type ProjectJson } from '../../tools/project';
import { formatRate } from '../../src/lib/domain/format';

// One figure, one definition: Hokkaido's projection to 2022-09-30 reads the same on every screen as in `npm run project`.
let site: SiteSession;
let cli: ProjectJson;
beforeAll(async () => {
	site = await openSite();
	cli = JSON.parse((await runProject(['--from', '2022-06-30', '--to', '2022-09-30', '--municipalities', '--json'])).stdout) as ProjectJson;
}, 120_000);
afterAll(() => site?.close());

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');

describe('the projection on every screen is the CLI’s', () => {
	it('全国比較, 概要 and 計画 show Hokkaido’s rate, interval and rank as npm run project does', async () => {
		const h = cli.prefectures.find((p) => p.prefecture === '北海道')!;
		const interval = `90%の幅${formatRate(h.low)}〜${formatRate(h.high)}`;
		await site.page.goto(`${site.origin}/ranking/`);
		await site.page.waitForSelector('html[data-hydrated=true]'); // painted before it is hydrated
		const calculator = squash(await site.page.textContent('[data-testid=calc-projection-result]'));
		expect(calculator).toContain(`交付率${formatRate(h.rate)}（${interval}）`);
		const ranks = h.rankLow === h.rankHigh ? `${h.rank}位` : `${h.rank}位（${h.rankLow}〜${h.rankHigh}位）`;
		expect(calculator).toContain(`${ranks}の見込み`);
		await site.page.goto(`${site.origin}/summary/`);
		// 概要: the 9月末 row of its table, and the sentence of its headline.
		const row = squash(await site.page.textContent('[data-testid=summary-outlook] tr[data-deadline="2022-09-30"]'));
		// 期限, 交付率, 90%の幅, 順位, then the nation's projected rate.
		expect(row.startsWith(`9月末2022年9月30日${formatRate(h.rate)}${formatRate(h.low)}〜${formatRate(h.high)}${ranks}`), row).toBe(true);
		expect(row).toMatch(/位）?\d+\.\d%$/);
		expect(squash(await site.page.textContent('[data-testid=summary-sentence]'))).toContain(`2022年（令和4年）9月30日に交付率${formatRate(h.rate)}（${interval}）、${ranks}`);
		// 全国比較's calculator, 概要 and the CLI name no command.
		for (const path of ['/ranking/', '/summary/']) {
			await site.page.goto(`${site.origin}${path}`);
			expect(await site.page.textContent('main')).not.toMatch(/npm run/);
		}
		await site.page.goto(`${site.origin}/plan/`);
		await site.page.waitForSelector('[data-testid=impact-without-rate]');
		expect(squash(await site.page.textContent('[data-testid=impact-without-rate]'))).toBe(`${formatRate(h.rate)}${interval}`);
	});
	it('a municipality page shows the CLI’s projection (本別町: never below today’s rate)', async () => {
		const m = cli.municipalities!.find((x) => x.name === '本別町')!;
		await site.page.goto(`${site.origin}/m/${m.code6}/`);
		expect(squash(await site.page.textContent('[data-testid=municipality-projection]'))).toBe(formatRate(m.rate));
		expect(squash(await site.page.textContent('dl'))).toContain(`（90%の幅${formatRate(m.low)}〜${formatRate(m.high)}）`);
	});
});
