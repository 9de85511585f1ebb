/**
 * Headquarters loads several bureaus' plan files at once: one list with each event's bureau,
 * duplicates flagged (same id in two files; same town, day and kind in two bureaus' files), a
 * broken file refused by name and reason while the others load, and one combined file exported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openSite, type SiteSession } from '../support/site';
import { planReady } from '../../tools/support/plan-fixture';
import { successor } from '../../src/lib/plan/revision';
import type { PlanEvent } from '../../src/lib/plan/events';

let site: SiteSession;
const pageErrors: string[] = [];
/** Two municipalities in each of two bureaus, read off the planner's own editor (public identifiers). */
let towns: { code6: string; bureau: string }[];
let allTowns: { code6: string; bureau: string }[];

beforeAll(async () => {
	site = await openSite();
	site.page.on('pageerror', (error) => pageErrors.push(error.message));
	await site.page.goto(`${site.origin}/plan/`);
	await planReady(site.page);
	await site.page.click('[data-testid=event-new]');
	const options = await site.page.$$eval('[data-testid=event-municipality] option', (os) => os.map((o) => ({ code6: (o as HTMLOptionElement).value, bureau: /（(.+)）$/.exec(o.textContent ?? '')?.[1] ?? '' })));
	allTowns = options;
	const [b1, b2] = [...new Set(options.map((o) => o.bureau))];
	towns = [...options.filter((o) => o.bureau === b1).slice(0, 2), ...options.filter((o) => o.bureau === b2).slice(0, 2)];
	await site.page.click('[data-testid=event-editor] button[type=button]');
	await site.page.click('[data-testid=plan-hq-link]');
	await site.page.waitForSelector('[data-testid=hq-files]');
});
afterAll(() => site?.close());

const T = '2022-07-01T00:00:00.000Z';
const ev = (id: string, code6: string, date: string, change: Partial<PlanEvent> = {}): PlanEvent => ({
	id, version: 1, kind: 'corporate', code6, date, time: '10:00', status: '確定', contact: '', expected: 50, actual: null, company: `架空商事${id}`, site: '', venue: '', product: '',
	unitCost: 0, quantity: 0, endTime: '12:00', companyId: '', title: '', updatedAt: T, history: [], ...change
});
const file = (name: string, bureau: string | undefined, events: PlanEvent[], budget: number | null) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify({ schema: 'kofuritsu-plan', version: 1, exportedAt: T, budget, events, deleted: [], ...(bureau ? { bureau } : {}) }))
});

describe('headquarters\' view', () => {
	it('loads two bureau files and refuses a broken third by name and reason', async () => {
		const page = site.page;
		const [a1, a2, b1, b2] = towns;
		const shared = ev('shared-1', a2.code6, '2022-08-10');
		const first = file('bureau-a.json', a1.bureau, [ev('a-1', a1.code6, '2022-07-20'), shared, ev('a-3', b1.code6, '2022-08-05')], 100_000);
		// Bureau B's file names no bureau: its events' municipalities tell.
		const second = file('bureau-b.json', undefined, [ev('b-1', b1.code6, '2022-08-05'), ev('b-2', b2.code6, '2022-09-01', { kind: 'offsite', venue: '道の駅', unitCost: 500, quantity: 100 }), successor(shared, { ...shared, expected: 70 }, T)], 200_000);
		const broken = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":"kofuritsu-plan","version":1,"events":[') };
		await page.setInputFiles('[data-testid=hq-files]', [first, broken, second]);
		await page.waitForSelector('[data-testid=hq-summary]');
		await expect.poll(() => page.textContent('[data-testid=hq-summary]')).toBe('2 個のファイル、行事 5 件');
		expect(await page.textContent('[data-testid=hq-refused]')).toContain('broken.json: JSON として読めません');
		const bureaus = await page.$$eval('[data-testid=hq-event-list] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-id'), r.querySelector('.badge')?.textContent]));
		expect(Object.fromEntries(bureaus)).toEqual({ 'a-1': a1.bureau, 'shared-1': b1.bureau, 'a-3': a1.bureau, 'b-1': b1.bureau, 'b-2': b1.bureau });
		// The shared event once, in its newer version from bureau B's file.
		expect(await page.textContent('[data-testid=hq-event-list] tr[data-id=shared-1]')).toContain('70');
	});

	it('flags the same event in two files and the same town and day in two bureaus', async () => {
		const page = site.page;
		const items = await page.$$eval('[data-testid=hq-duplicates] li', (li) => li.map((l) => [l.getAttribute('data-kind'), l.textContent]));
		expect(items.map(([kind]) => kind).sort()).toEqual(['same-id', 'same-place-day']);
		expect(items.find(([k]) => k === 'same-id')![1]).toContain('bureau-a.json、bureau-b.json');
		expect(items.find(([k]) => k === 'same-place-day')![1]).toContain('ID: a-3、b-1');
		const flagged = await page.$$eval('[data-testid=hq-event-list] tr.dup', (rows) => rows.map((r) => r.getAttribute('data-id')).sort());
		expect(flagged).toEqual(['a-3', 'b-1', 'shared-1']);
		expect(await page.textContent('[data-testid=budget-total]')).toContain('費用 50,000円');
		expect(await page.textContent('[data-testid=budget-total]')).toContain('残り 250,000円');
		expect(await page.textContent('[data-testid=plan-impact]')).toContain('計画あり（+270枚）');
		await page.setViewportSize({ width: 1440, height: 900 });
		await site.screenshot('plan-hq-1440');
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.screenshot({ path: 'test-results/screenshots/plan-hq-390-top.png' });
		await site.screenshot('plan-hq-390');
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('exports the combined plan as one file the planner reads back', async () => {
		const page = site.page;
		expect(await page.isVisible('[data-testid=hq-export]')).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=hq-export]')]);
		const combined = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(combined).toMatchObject({ schema: 'kofuritsu-plan', version: 1, budget: 300_000, bureau: '北海道全体' });
		expect(combined.events.map((e: PlanEvent) => e.id).sort()).toEqual(['a-1', 'a-3', 'b-1', 'b-2', 'shared-1']);
		expect(combined.events.find((e: PlanEvent) => e.id === 'shared-1').expected).toBe(70);
		// Loaded again under a bureau file's name: a file is known by its bureau and content, never its name —
		// the combined file is its own (北海道全体, events of several bureaus, shown as such), and the events are the same five.
		await page.setInputFiles('[data-testid=hq-files]', { name: 'bureau-a.json', mimeType: 'application/json', buffer: readFileSync((await download.path())!) });
		await expect.poll(() => page.textContent('[data-testid=hq-summary]')).toBe('3 個のファイル、行事 5 件');
		expect(await page.textContent('[data-testid=hq-file][data-bureau="北海道全体"] [data-testid=hq-several]')).toContain('複数の振興局');
	});

	it('takes all fourteen bureaus\' files in one pick', async () => {
		const page = site.page;
		await page.click('button:text("すべて外す")');
		const bureaus = [...new Set(allTowns.map((t) => t.bureau))];
		expect(bureaus).toHaveLength(14);
		const files = bureaus.map((bureau, b) => {
			const own = allTowns.filter((t) => t.bureau === bureau);
			return file(`plan-${b + 1}.json`, bureau, Array.from({ length: 10 }, (_, i) => ev(`b${b}-e${i}`, own[i % own.length].code6, `2022-08-${String(1 + i).padStart(2, '0')}`)), 100_000);
		});
		await page.setInputFiles('[data-testid=hq-files]', files);
		await expect.poll(() => page.textContent('[data-testid=hq-summary]')).toBe('14 個のファイル、行事 140 件');
		expect(await page.locator('[data-testid=hq-file]').count()).toBe(14);
		expect(await page.textContent('#hq-events-title')).toBe('行事（140件）');
		expect(await page.textContent('[data-testid=budget-total]')).toMatch(/予算 [0-9,]+円 に対して/);
		expect(new Set(await page.$$eval('[data-testid=hq-event-list] .badge', (b) => b.map((x) => x.textContent))).size).toBe(14);
	});

	it('raised no uncaught error and asked nothing of another origin', async () => {
		expect(pageErrors).toEqual([]);
		expect(site.foreignRequests).toEqual([]);
	});
});
