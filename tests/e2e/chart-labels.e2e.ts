/**
 * Clean charts, as drawn: end labels never overprint one another and stay inside their chart,
 * and the national line on the ranking bars never strikes through a value. Boxes are read with
 * getBBox from the rendered SVG, for several prefectures and releases (edges of the ranking included).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteForFile } from '../support/site';
import { formatDateProse } from '../../src/lib/domain/prose-format';

interface Box {
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

const site = siteForFile();

/** The boxes of `selector`'s elements inside the SVG `svgSelector`, in the SVG's own units, and its viewBox. */
function boxes(page: Page, svgSelector: string, selector: string) {
	return page.evaluate(
		([svgSel, sel]) => {
			const svg = document.querySelector<SVGSVGElement>(svgSel)!;
			const items = [...svg.querySelectorAll<SVGGraphicsElement>(sel)].map((el) => {
				const b = el.getBBox();
				return { label: el.textContent ?? el.getAttribute('y1') ?? '', x: b.x, y: b.y, width: b.width, height: b.height };
			});
			const v = svg.viewBox.baseVal;
			return { items, view: { x: v.x, y: v.y, width: v.width, height: v.height } };
		},
		[svgSelector, selector] as const
	);
}

const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

function expectApartAndInside(items: Box[], view: { width: number; height: number }) {
	for (let i = 0; i < items.length; i++) {
		for (let j = i + 1; j < items.length; j++) expect(overlap(items[i], items[j]), `${items[i].label} × ${items[j].label}`).toBe(false);
		expect(items[i].x + items[i].width, `${items[i].label} past the right edge`).toBeLessThanOrEqual(view.width + 0.5);
		expect(items[i].y, `${items[i].label} above the top`).toBeGreaterThanOrEqual(-0.5);
		expect(items[i].y + items[i].height, `${items[i].label} below the bottom`).toBeLessThanOrEqual(view.height + 0.5);
	}
}

async function openRanking(page: Page, origin: string, prefecture: string, date: string | null) {
	const query = `?pref=${encodeURIComponent(prefecture)}${date ? `&date=${date}` : ''}`;
	await page.goto(`${origin}/ranking/${query}`);
	await page.waitForFunction(
		([p, d]) => {
			const text = document.querySelector('[data-testid=ranking-headline]')?.textContent ?? '';
			return text.includes(`${p}は`) && (!d || text.includes(`${d}:`));
		},
		[prefecture, date ? formatDateProse(date) : null] as const
	);
}

// 北海道 now (a tie-prone middle), 東京都 in 2019, 宮崎県 first (top edge), 沖縄県 last (bottom edge), 高知県 in 2021.
const CASES: [string, string | null][] = [
	['北海道', null],
	['東京都', '2019-04-01'],
	['宮崎県', null],
	['沖縄県', null],
	['高知県', '2021-06-01'],
	['大阪府', '2017-03-08']
];

describe('the bump chart on 全国比較', () => {
	for (const width of [1440, 390]) {
		for (const [prefecture, date] of CASES) {
			it(`end labels apart and inside, ${prefecture} ${date ?? 'latest'} at ${width}px`, async () => {
				await site.page.setViewportSize({ width, height: 900 });
				await openRanking(site.page, site.origin, prefecture, date);
				const { items, view } = await boxes(site.page, '[data-testid=rank-bump]', 'text[data-end-label]');
				expect(items.length).toBeGreaterThanOrEqual(3);
				expect(items.some((b) => b.label.includes(prefecture))).toBe(true);
				expectApartAndInside(items, view);
			});
		}
	}
	it('spaces releases by date: a longer gap is a longer distance', async () => {
		await site.page.setViewportSize({ width: 1440, height: 900 });
		await openRanking(site.page, site.origin, '北海道', null);
		const d = await site.page.getAttribute('[data-testid=rank-bump] path[stroke-width="3"]', 'd');
		const xs = [...d!.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
		const steps = xs.slice(1).map((x, i) => x - xs[i]);
		// Releases came monthly at times and months apart at others: the steps are far from equal.
		expect(Math.max(...steps) / Math.min(...steps)).toBeGreaterThan(2);
		await site.page.locator('[data-testid=rank-bump]').screenshot({ path: 'test-results/screenshots/rank-bump.png' });
	});
});

describe('the national line on the ranking bars', () => {
	for (const [prefecture, date] of CASES.slice(0, 3)) {
		it(`never crosses a value label, ${prefecture} ${date ?? 'latest'}`, async () => {
			await site.page.setViewportSize({ width: 1440, height: 900 });
			await openRanking(site.page, site.origin, prefecture, date);
			const values = (await boxes(site.page, '[data-testid=ranking-bars]', 'text.value')).items;
			const lines = (await boxes(site.page, '[data-testid=ranking-bars]', 'line.national')).items;
			expect(values).toHaveLength(47);
			expect(lines.length).toBeGreaterThan(0);
			for (const line of lines) for (const v of values) expect(overlap({ ...line, width: Math.max(line.width, 1) }, v), v.label).toBe(false);
		});
	}
});

describe('end labels elsewhere', () => {
	for (const [code6, width] of [['011002', 390], ['016101', 1440], ['013331', 390]] as const) {
		it(`the municipality page's chart, ${code6} at ${width}px`, async () => {
			await site.page.setViewportSize({ width, height: 900 });
			await site.page.goto(`${site.origin}/m/${code6}/`);
			await site.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
			const { items, view } = await boxes(site.page, '[data-testid=rate-history]', 'text[data-end-label]');
			expect(items).toHaveLength(3);
			expectApartAndInside(items, view);
		});
	}
	it('概要’s trend and rank charts', async () => {
		await site.page.setViewportSize({ width: 390, height: 844 });
		await site.page.goto(`${site.origin}/summary/`);
		await site.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
		for (const svg of ['[data-testid=summary-trend]', '[data-testid=summary-rank-history]']) {
			const { items, view } = await boxes(site.page, svg, 'text[data-end-label]');
			expect(items).toHaveLength(2);
			expectApartAndInside(items, view);
		}
	});
});
