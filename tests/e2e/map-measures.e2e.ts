import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { fills, openMap, shapeSelector, waitForTitle } from '../support/map-page';
import { MEASURES, measureIn } from '../../src/lib/map/measures';
import { SITE_PREFECTURE } from '../../src/lib/domain/site-prefecture';

const site = siteForFile(() => openMap());

describe('every measure of the uptake map', () => {
	// The built data set has releases of cards issued only; the 保有枚数 measures are offered for releases
	// of cards held (tests/e2e/holdings-measure.e2e.ts imports one).
	it.each(MEASURES.filter((m) => m.metric === 'issued').map((m) => measureIn(m.id, SITE_PREFECTURE)).map((m) => [m.id, m.label, m.legendTitle]))('%s: title, legend and colours follow the measure', async (id, label, legendTitle) => {
		const before = await fills(site.page);
		await site.page.selectOption('[data-testid=measure-select]', id);
		await waitForTitle(site.page, label);
		expect(await site.page.textContent('figure.legend figcaption')).toBe(legendTitle);
		const after = await fills(site.page);
		const coloured = Object.entries(after).filter(([code]) => code !== '');
		expect(coloured).toHaveLength(185);
		// Each measure paints at least four distinct classes over the 179 municipalities.
		expect(new Set(coloured.map(([, f]) => f)).size).toBeGreaterThanOrEqual(4);
		if (id !== 'rate') expect(after).not.toEqual(before);
		// The address follows a frame after the map is painted.
		await expect.poll(() => new URL(site.page.url()).searchParams.get('measure')).toBe(id === 'rate' ? null : id);
		await site.screenshot(`measure-${id}`);
	});

	it('describes the measure value to screen readers', async () => {
		await site.page.selectOption('[data-testid=measure-select]', 'gap_national');
		await waitForTitle(site.page, '全国交付率との差');
		// 札幌市 45.8 % − 全国 45.3 % (unrounded: 45.777… − 45.250… = +0.5)
		// Spoken labels follow the colours once painted.
		await expect.poll(() => site.page.getAttribute(shapeSelector('011002'), 'aria-label')).toContain('全国交付率との差 +0.5pt');
		expect(site.foreignRequests).toEqual([]);
	});
});
