/** A minimal static file server for the built site, on 127.0.0.1, for browser tests and the benchmark. */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.gz': 'application/gzip',
	'.parquet': 'application/octet-stream'
};

export interface RunningServer {
	origin: string;
	close(): Promise<void>;
}

/** What a typical intranet web server (nginx with gzip on) compresses. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.wasm', '.svg']);

export interface ServeOptions {
	/** Send compressible files gzip-compressed when the browser accepts it, as nginx with gzip on. */
	gzip?: boolean;
	/** Send .wasm as is even with `gzip` (most intranet servers' defaults). */
	rawWasm?: boolean;
	/** Serve the site under this sub-folder (e.g. '/sub/kofuritsu'): a base path. */
	prefix?: string;
	/** Send Last-Modified and answer If-Modified-Since with 304, as static servers do (HTTP cache on a second visit). */
	lastModified?: boolean;
}

/**
 * Serves `root` on 127.0.0.1. With `gzip`, compressible files are sent gzip-compressed when
 * the browser accepts it, as a real server would; compressed bodies are cached in memory.
 */
export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<RunningServer> {
	const base = resolve(root);
	const compressed = new Map<string, Buffer>();
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const prefix = options.prefix ?? '';
		if (prefix && !url.pathname.startsWith(`${prefix}/`)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
		if (!path.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		else if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
		if (!existsSync(path)) {
			// As nginx's error_page or GitHub Pages do: the site's own 404.html, with status 404.
			const notFound = join(base, '404.html');
			if (existsSync(notFound)) response.writeHead(404, { 'content-type': TYPES['.html'] }).end(request.method === 'HEAD' ? undefined : readFileSync(notFound));
			else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		const modified = options.lastModified ? { 'last-modified': statSync(path).mtime.toUTCString() } : {};
		const since = request.headers['if-modified-since'];
		if (options.lastModified && since && Math.floor(statSync(path).mtimeMs / 1000) <= Math.floor(Date.parse(since) / 1000)) {
			response.writeHead(304, modified).end();
			return;
		}
		const compress = COMPRESSIBLE.has(extname(path)) && !(options.rawWasm && extname(path) === '.wasm');
		if (options.gzip && compress && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			let body = compressed.get(path);
			if (!body) compressed.set(path, (body = gzipSync(readFileSync(path), { level: 6 })));
			response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding', ...modified });
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}
		response.writeHead(200, { 'content-type': type, 'content-length': statSync(path).size, ...modified });
		if (request.method === 'HEAD') response.end();
		else createReadStream(path).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}${options.prefix ?? ''}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
