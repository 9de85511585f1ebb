import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, SCREENSHOT_DIR, type SiteSession } from '../support/site';
import { waitReady } from '../support/map-page';
import { DESKTOP, horizontalOverflow, PHONE, textsSmallerThan } from '../support/page-checks';
import { openDataEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { MUNICIPAL_PEER_RANKS, type PeerRankRow } from '../../src/lib/sql/queries';
import { join } from 'node:path';

let site: SiteSession;
let engine: NodeEngine;
let latest: string;
beforeAll(async () => {
	site = await openSite();
	engine = await openDataEngine(NODE_DATA_DIR);
	latest = (await engine.query<{ d: string }>("SELECT strftime(max(release_date), '%Y-%m-%d') AS d FROM releases"))[0].d;
});
afterAll(async () => {
	await engine?.close();
	await site?.close();
});

const rank = (r: number, n: number) => `${r.toLocaleString('ja-JP')}位/${n.toLocaleString('ja-JP')}`;

describe('ranks among municipalities of the same kind and population band', () => {
	for (const code6 of ['011002', '016934']) {
		it(`/m/${code6}/ shows the four ranks the named query gives`, async () => {
			const [expected] = await engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [latest, code6, '北海道']);
			await site.page.setViewportSize(DESKTOP);
			await site.page.goto(`${site.origin}/m/${code6}/`);
			const text = (id: string) => site.page.textContent(`[data-testid=${id}]`);
			expect(await text('kind-rank-national')).toBe(rank(expected.kind_rank_national, expected.kind_count_national));
			expect(await text('kind-rank-prefecture')).toBe(rank(expected.kind_rank_prefecture, expected.kind_count_prefecture));
			expect(await text('band-rank-national')).toBe(rank(expected.band_rank_national, expected.band_count_national));
			expect(await text('band-rank-prefecture')).toBe(rank(expected.band_rank_prefecture, expected.band_count_prefecture));
			expect(await text('peer-ranks')).toContain(expected.kind === 'city' ? '市区の中で' : '町村の中で');
			// A city is ranked among 815 市区 nationally, a town or village among 926 町村.
			expect(expected.kind_count_national).toBe(expected.kind === 'city' ? 815 : 926);
		});
	}

	it('the /m/ page reads on a phone', async () => {
		await site.page.setViewportSize(PHONE);
		await site.page.goto(`${site.origin}/m/016934/`);
		await site.page.locator('[data-testid=peer-ranks]').scrollIntoViewIfNeeded();
		await site.page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-peer-ranks.png') });
		expect({ overflow: await horizontalOverflow(site.page), small: await textsSmallerThan(site.page, 11) }).toEqual({ overflow: 0, small: [] });
		await site.page.setViewportSize(DESKTOP);
	});

	it('the map table has the rank among the same kind as a sortable column, the same figure as /m/', async () => {
		const peers = await engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [latest, null, '北海道']);
		await site.page.goto(`${site.origin}/`);
		await waitReady(site.page);
		const cell = (code6: string) => site.page.textContent(`[data-testid=municipality-table] tr[data-code="${code6}"] [data-testid=kind-rank]`);
		for (const p of peers.filter((p) => ['011002', '016934', '012025'].includes(p.code6))) {
			expect((await cell(p.code6))?.trim()).toBe(`${p.kind === 'city' ? '市区' : '町村'} ${p.kind_rank_national.toLocaleString('ja-JP')}位`);
		}
		await site.page.click('[data-testid=municipality-table] thead button:has-text("種類別順位")');
		const firstCode = await site.page.locator('[data-testid=municipality-table] tbody tr').first().getAttribute('data-code');
		const best = [...peers].sort((a, b) => a.kind_rank_national - b.kind_rank_national || a.code6.localeCompare(b.code6))[0];
		expect(firstCode).toBe(best.code6);
		await site.screenshot('map-table-peer-rank');
		// Another release: the column follows it (from DuckDB-wasm), never showing the latest release's ranks under it.
		const earlier = (await engine.query<{ d: string }>("SELECT strftime(min(release_date), '%Y-%m-%d') AS d FROM releases"))[0].d;
		const [then] = await engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, [earlier, '011002', '北海道']);
		await site.page.goto(`${site.origin}/?date=${earlier}`);
		await waitReady(site.page);
		await expect.poll(async () => (await cell('011002'))?.trim(), { timeout: 20_000 }).toBe(`市区 ${then.kind_rank_national.toLocaleString('ja-JP')}位`);
	});
});
