import { describe, expect, it, vi } from 'vitest';
import { MunicipalityPage } from './municipality-page.svelte';
import type { MunicipalityHeld } from '../data/municipality-held';
import type { MunicipalityStandingRow } from '../sql/queries';

const standing = (code6: string, prefecture: string) => ({ code6, name: '甲町', prefecture, bureau: null }) as unknown as MunicipalityStandingRow;
const built = { history: [], standing: null } as unknown as MunicipalityHeld;
const fromImports = { history: [{ release_date: '2099-01-31' }], standing: null } as unknown as MunicipalityHeld;

describe('MunicipalityPage', () => {
	it('links back to its own prefecture’s map with it selected', () => {
		expect(new MunicipalityPage(standing('202011', '長野県'), built, '北海道').mapHref('/site')).toBe('/site/?pref=%E9%95%B7%E9%87%8E%E7%9C%8C&m=202011');
		expect(new MunicipalityPage(standing('011002', '北海道'), built, '北海道').mapHref('')).toBe('/?m=011002');
	});
	it('names ranks within the prefecture in its own word', () => {
		expect(new MunicipalityPage(standing('131016', '東京都'), built, '北海道').within).toBe('都内');
		expect(new MunicipalityPage(standing('261009', '京都府'), built, '北海道').within).toBe('府内');
		expect(new MunicipalityPage(standing('011002', '北海道'), built, '北海道').within).toBe('道内');
		expect(new MunicipalityPage(standing('202011', '長野県'), built, '北海道').within).toBe('県内');
	});
	it('asks DuckDB for cards held only when this browser imported releases', async () => {
		const page = new MunicipalityPage(standing('202011', '長野県'), built, '北海道');
		const readHeld = vi.fn(async () => fromImports);
		expect(await page.loadImported({ storedReleases: async () => 0, readHeld })).toBe('none-imported');
		expect(readHeld).not.toHaveBeenCalled();
		expect(page.held).toBe(built);
		expect(await page.loadImported({ storedReleases: async () => 2, readHeld })).toBe('read');
		expect(page.held).toBe(fromImports);
	});
	it('keeps the built figures when the imports cannot be read', async () => {
		const page = new MunicipalityPage(standing('202011', '長野県'), built, '北海道');
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await page.loadImported({ storedReleases: async () => 1, readHeld: async () => Promise.reject(new Error('x')) })).toBe('failed');
		expect(page.held).toBe(built);
	});
});
