import { describe, expect, it } from 'vitest';
import { isOfflinePrerendered, isOfflineStaticFile, offlineFiles } from './offline-files';

const site = {
	build: [
		'/_app/immutable/entry/start.Bx1.js',
		'/_app/immutable/assets/0.Ab2.css',
		'/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm',
		'/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm.gz',
		'/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js',
		'/_app/version.json'
	],
	files: [
		'/data/municipal_issuance.arrow',
		'/data/municipal_issuance.arrow.gz',
		'/data/releases.arrow.gz',
		'/data/build-info.json',
		'/data/hokkaido.topo.json',
		'/data/boundaries/01.topo.json',
		'/data/boundaries/20.topo.json',
		'/data/boundaries/13.topo.json',
		'/icons/icon-192.png',
		'/manifest.webmanifest'
	],
	prerendered: ['/', '/data/', '/data/__data.json', '/m/011002/', '/m/011002/__data.json', '/m/202011/', '/views/map-all.json', '/views/prefecture/01.json', '/views/prefecture/20.json']
};

describe('offlineFiles', () => {
	it("keeps pages, scripts, icons, the tables as fetched and the deployment's boundaries; leaves the wasm and the rest", () => {
		expect(offlineFiles(site, 1)).toEqual([
			'/_app/immutable/entry/start.Bx1.js',
			'/_app/immutable/assets/0.Ab2.css',
			'/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js',
			'/_app/version.json',
			'/data/municipal_issuance.arrow.gz',
			'/data/releases.arrow.gz',
			'/icons/icon-192.png',
			'/manifest.webmanifest',
			'/',
			'/data/',
			'/data/__data.json',
			'/m/011002/',
			'/m/011002/__data.json',
			'/views/map-all.json',
			'/views/prefecture/01.json'
		]);
	});

	it('keeps no boundary file: the pages carry their shapes', () => {
		for (const code of [1, '13', 20, 47]) expect(offlineFiles(site, code).filter((path) => path.includes('/boundaries/'))).toEqual([]);
	});

	it("keeps only the deployment's prefecture's municipal pages and prefecture view", () => {
		const perPlace = (code: number | string) => offlineFiles(site, code).filter((path) => /\/(m|views\/prefecture)\//.test(path));
		expect(perPlace(20)).toEqual(['/m/202011/', '/views/prefecture/20.json']);
		expect(perPlace('01')).toEqual(['/m/011002/', '/m/011002/__data.json', '/views/prefecture/01.json']);
		expect(isOfflinePrerendered('/kofuritsu/m/131016/', 13)).toBe(true);
		expect(isOfflinePrerendered('/kofuritsu/m/131016/', 1)).toBe(false);
		expect(isOfflinePrerendered('/kofuritsu/ranking/', 1)).toBe(true);
	});

	it('reads the data folder under a base path, and not a code that merely starts alike', () => {
		expect(isOfflineStaticFile('/kofuritsu/data/releases.arrow.gz', 1)).toBe(true);
		expect(isOfflineStaticFile('/kofuritsu/data/releases.arrow', 1)).toBe(false);
		expect(isOfflineStaticFile('/kofuritsu/data/boundaries/01.topo.json', 1)).toBe(false);
		expect(isOfflineStaticFile('/kofuritsu/data/boundaries/011002.topo.json', 1)).toBe(false);
		expect(isOfflineStaticFile('/kofuritsu/icons/icon-512.png', 1)).toBe(true);
	});
});
