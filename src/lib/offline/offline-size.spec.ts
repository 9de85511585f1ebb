import { describe, expect, it } from 'vitest';
import { formatBytes, keptKind, sizeByKind } from './offline-size';

describe('sizeByKind', () => {
	it('sums what is kept by kind: DuckDB, data, pages and scripts', () => {
		expect(
			sizeByKind([
				{ path: '/sub/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm', bytes: 34_000_000 },
				{ path: '/sub/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js', bytes: 800_000 },
				{ path: '/sub/_app/immutable/workers/duckdb-worker-Dhri.js', bytes: 5_000 },
				{ path: '/sub/data/municipal_issuance.arrow.gz', bytes: 926_015 },
				{ path: '/sub/data/boundaries/01.topo.json', bytes: 138_000 },
				{ path: '/sub/data/', bytes: 20_000 },
				{ path: '/sub/data/__data.json', bytes: 2_000 },
				{ path: '/sub/m/011002/', bytes: 30_000 },
				{ path: '/sub/_app/immutable/chunks/Bjy.js', bytes: 70_000 }
			])
		).toEqual({ total: 35_991_015, engine: 34_805_000, data: 1_064_015, pages: 122_000 });
	});

	it('calls the データ page a page, not data', () => {
		const kinds = ['/data/', '/data/__data.json', '/data/releases.arrow.gz'].map(keptKind);
		expect(kinds).toEqual(['pages', 'pages', 'data']);
	});
});

describe('formatBytes', () => {
	it('writes megabytes with one decimal and smaller sizes in kilobytes', () => {
		expect([34_805_000, 1_000_000, 980_400, 12].map(formatBytes)).toEqual(['34.8 MB', '1.0 MB', '980 KB', '1 KB']);
	});
});
