import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';

const site = siteForFile();

const percent = (text: string) => Number(/([\d.]+)%/.exec(text)![1]);

async function addScenario() {
	await site.page.check('[data-testid=scenario-enable]');
	await site.page.fill('[data-testid=scenario-start]', '2022-07-01');
	await site.page.fill('[data-testid=scenario-end]', '2022-09-30');
	await site.page.fill('[data-testid=scenario-multiplier]', '2');
}

async function noSidewaysScroll() {
	return site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('a campaign scenario beside the base projection', () => {
	for (const [width, height, suffix] of [[1440, 900, ''], [390, 844, '-phone']] as const) {
		it(`全国比較's calculator at ${width}px`, async () => {
			await site.page.setViewportSize({ width, height });
			await site.page.goto(`${site.origin}/ranking/`);
			await site.page.waitForSelector('html[data-hydrated=true]'); // painted before it is hydrated
			await site.page.check('[data-testid=calc-projection]');
			await addScenario();
			const base = await site.page.textContent('[data-testid=calc-projection-result]');
			const scenario = await site.page.textContent('[data-testid=calc-scenario-result]');
			expect(scenario).toContain('全都道府県の交付ペースが2倍');
			expect(percent(scenario!)).toBeGreaterThan(percent(base!.split('交付率')[1]));
			expect(await site.page.textContent('[data-testid=calculator]')).toContain('キャンペーンなどによる急増がないと仮定');
			expect(await noSidewaysScroll()).toBeLessThanOrEqual(0);
			await site.page.locator('[data-testid=calculator]').screenshot({ path: `test-results/screenshots/scenario-calculator${suffix}.png` });
		});
		it(`概要 at ${width}px`, async () => {
			await site.page.setViewportSize({ width, height });
			await site.page.goto(`${site.origin}/summary/`);
			// The scenario of the calculator is remembered in this browser.
			await site.page.waitForSelector('[data-testid=summary-scenario]');
			const text = await site.page.textContent('[data-testid=summary-projection]');
			expect(text).toContain('キャンペーン想定');
			expect(await site.page.textContent('[data-testid=summary-method]')).toContain('キャンペーンなどによる急増がないと仮定');
			// The scenario sits beside the base projection in the table, for every deadline.
			expect(await site.page.locator('[data-testid=summary-outlook] tr[data-scenario-deadline]').count()).toBe(3);
			expect(await noSidewaysScroll()).toBeLessThanOrEqual(0);
			await site.screenshot(`scenario-summary${suffix}`);
		});
		it(`the plan's impact at ${width}px`, async () => {
			await site.page.setViewportSize({ width, height });
			await site.page.goto(`${site.origin}/plan/`);
			await site.page.waitForSelector('[data-testid=impact-scenario]');
			const rows = await site.page.locator('[data-testid=plan-impact] tbody tr').allTextContents();
			expect(rows).toHaveLength(4);
			expect(percent(rows[2])).toBeGreaterThan(percent(rows[0]));
			expect(await noSidewaysScroll()).toBeLessThanOrEqual(0);
			await site.page.locator('[data-testid=plan-impact]').screenshot({ path: `test-results/screenshots/scenario-plan-impact${suffix}.png` });
		});
	}
	it('takes the pace of a past surge found in the data', async () => {
		await site.page.goto(`${site.origin}/summary/`);
		await site.page.waitForSelector('[data-testid=summary-scenario]');
		const options = await site.page.locator('[data-testid=scenario-surge] option').allTextContents();
		// The 2020–2021 point-programme surges are in the mirror's releases.
		expect(options.length).toBeGreaterThan(2);
		expect(options[1]).toMatch(/2020年.*日、[\d.]+倍/);
		await site.page.selectOption('[data-testid=scenario-surge]', { index: 1 });
		const strength = /([\d.]+)倍/.exec(options[1])![1];
		expect(Number(await site.page.inputValue('[data-testid=scenario-multiplier]')).toFixed(1)).toBe(strength);
		expect(await site.page.textContent('[data-testid=summary-scenario]')).toContain(`交付ペースが${Number(await site.page.inputValue('[data-testid=scenario-multiplier]'))}倍`);
	});
	it('turns off', async () => {
		await site.page.goto(`${site.origin}/summary/`);
		await site.page.waitForSelector('[data-testid=summary-scenario]');
		await site.page.uncheck('[data-testid=scenario-enable]');
		expect(await site.page.locator('[data-testid=summary-scenario]').count()).toBe(0);
	});
});
