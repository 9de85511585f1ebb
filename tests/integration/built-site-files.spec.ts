import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { TABLE_NAMES } from '../../src/lib/sql/schema';

// What `vite build` wrote (build/): only files the browser reads, and a service worker that keeps
// exactly those the browser needs offline. Skipped until the site is built (npx vite build).
const BUILD = 'build';
const built = existsSync(join(BUILD, 'service-worker.js'));

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [`/${relative(BUILD, path)}`];
	});
}

/** The list the built service worker installs: its install handler run against a cache that only records. */
async function installList(): Promise<string[]> {
	let list: string[] = [];
	const handlers: Record<string, (event: unknown) => void> = {};
	const cache = {
		addAll: async (urls: string[]) => void (list = urls),
		match: async () => new Response('kept'),
		put: async () => {}
	};
	const self = { addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler), clients: {}, skipWaiting() {} };
	runInNewContext(readFileSync(join(BUILD, 'service-worker.js'), 'utf8'), {
		self,
		location: new URL('http://127.0.0.1/service-worker.js'),
		caches: { open: async () => cache, match: async () => undefined, keys: async () => [] },
		navigator: { locks: { request: (_name: string, task: () => Promise<void>) => task() } },
		URL,
		Response,
		console
	});
	let done: Promise<void> = Promise.resolve();
	handlers.install({ waitUntil: (promise: Promise<void>) => (done = promise) });
	await done;
	return list;
}

describe.skipIf(!built)('the built site (build/)', () => {
	it('holds no Parquet or CSV: those are for Node and stay in data/generated/', () => {
		expect(filesUnder(BUILD).filter((file) => /\.(parquet|csv)$/.test(file))).toEqual([]);
	});

	it('has the service worker keep the tables as the browser fetches them, nothing else of data/ (pages carry their shapes)', async () => {
		const list = (await installList()).map((url) => new URL(url, 'http://127.0.0.1/').pathname);
		const dataFiles = list.filter((path) => /^\/data\/[^_][^/]*\.[a-z.]+$|^\/data\/boundaries\//.test(path));
		expect(dataFiles.sort()).toEqual(TABLE_NAMES.map((table) => `/data/${table}.arrow.gz`).sort());
		expect(list.filter((path) => /\.(parquet|csv|arrow|wasm|gz)$/.test(path) && !path.endsWith('.arrow.gz'))).toEqual([]);
		// Every entry exists, or the all-or-nothing install fails on every phone.
		const missing = list.filter((path) => !existsSync(join(BUILD, path)) && !existsSync(join(BUILD, path, 'index.html')) && !existsSync(join(BUILD, `${path}.html`)));
		expect(missing).toEqual([]);
	});
});
