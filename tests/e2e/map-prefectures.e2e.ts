/**
 * Every prefecture's map from the same site: `/?pref=<name>` draws exactly that prefecture's
 * municipalities (as many as the release has rows for it), says what it ignored in the address,
 * and keeps pref and date on the way to the other screens. No request leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/site';
import { waitForTitle, waitReady } from '../support/map-page';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import { sharedDataEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { listReleases } from '../../src/lib/data/headline';
import { MUNICIPALITY_COUNT, type CountRow } from '../../src/lib/sql/queries';

let site: SiteSession;
let latest: string;
const rows = new Map<string, number>();
beforeAll(async () => {
	const engine = await sharedDataEngine(NODE_DATA_DIR);
	latest = (await listReleases(engine)).at(-1)!.release_date;
	for (const prefecture of PREFECTURES) rows.set(prefecture, (await engine.query<CountRow>(MUNICIPALITY_COUNT, [latest, prefecture]))[0].n);
	site = await openSite();
});
afterAll(() => site?.close());

/** The map of `prefecture` once drawn: the codes of its shapes with data. */
async function drawnMap(prefecture: string, page = site.page) {
	await page.waitForSelector(`main[data-prefecture="${prefecture}"] [data-testid=choropleth]`, { timeout: 30_000 });
	return page.$$eval('[data-testid=choropleth] [data-code][data-has-data=true]', (shapes) => shapes.map((s) => s.getAttribute('data-code')!));
}

describe('/?pref= for each of the 47 prefectures', () => {
	it('draws exactly that prefecture’s municipalities, fetched from the site itself', async () => {
		const wrong: string[] = [];
		for (const prefecture of PREFECTURES) {
			// A page each (as a user opening the link): 47 DuckDB starts in one page outgrow a busy machine's memory.
			const page = await site.context.newPage();
			try {
				await page.goto(`${site.origin}/?pref=${encodeURIComponent(prefecture)}`);
				const codes = await drawnMap(prefecture, page);
				const prefix = String(PREFECTURES.indexOf(prefecture) + 1).padStart(2, '0');
				if (codes.length !== rows.get(prefecture) || codes.some((c) => !c.startsWith(prefix))) wrong.push(`${prefecture}: ${codes.length} 件（公表 ${rows.get(prefecture)} 件）`);
				expect(await page.textContent('[data-testid=map-title]')).toContain(prefecture);
			} finally {
				await page.close();
			}
		}
		expect(wrong).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	}, 900_000);
});

describe('an address the page cannot show', () => {
	it('says what it ignored and corrects the address bar', async () => {
		await site.page.goto(`${site.origin}/?date=2099-01-01&pref=${encodeURIComponent('北海道県')}&m=011001&measure=bogus&view=tile`);
		const note = await site.page.waitForSelector('[data-testid=ignored-note]');
		const text = (await note.textContent()) ?? '';
		for (const part of ['pref=北海道県', 'date=2099-01-01', 'm=011001', 'measure=bogus']) expect(text).toContain(part);
		await expect.poll(() => new URL(site.page.url()).search).toBe('?view=tile');
		await waitForTitle(site.page, '北海道');
	});
});

describe('another prefecture in use', () => {
	it('changes prefecture from the control, keeps the release, and keeps pref and date in the navigation', async () => {
		await site.page.goto(`${site.origin}/?date=2022-06-01`);
		await waitReady(site.page);
		await waitForTitle(site.page, '2022年6月1日');
		await site.page.selectOption('[data-testid=prefecture-select]', '長野県');
		// Another prefecture's earlier release is asked of DuckDB-wasm.
		await site.page.waitForFunction(() => document.querySelector('[data-testid=map-title]')?.textContent?.includes('長野県・市町村別'), null, { timeout: 60_000 });
		await waitForTitle(site.page, '2022年6月1日');
		await expect.poll(() => new URL(site.page.url()).searchParams.get('pref')).toBe('長野県');
		const href = await site.page.getAttribute('nav.site-nav a[href*="ranking"]', 'href');
		expect(new URL(href!, site.origin).searchParams.get('pref')).toBe('長野県');
		expect(new URL(href!, site.origin).searchParams.get('date')).toBe('2022-06-01');
		expect(site.foreignRequests).toEqual([]);
	});

	it('never shows the previous prefecture’s figures while another loads', async () => {
		await site.page.goto(`${site.origin}/`);
		await site.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		// Slow the prefecture's file so the wait is visible.
		await site.page.route('**/views/prefecture/45.json', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await site.page.selectOption('[data-testid=prefecture-select]', '宮崎県');
		await site.page.waitForSelector('[data-testid=headline-updating]');
		expect(await site.page.$('[data-testid=choropleth]')).toBeNull();
		expect(await site.page.textContent('body')).not.toContain('北海道の交付率');
		await drawnMap('宮崎県');
		await site.page.unroute('**/views/prefecture/45.json');
	});
});
