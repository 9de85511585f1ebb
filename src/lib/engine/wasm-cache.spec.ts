import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { cacheNameFor, downloadWasm, inflateGzipResponse } from './wasm-cache';

// Invented bytes that start like a wasm module ("\0asm", version 1), long enough to span chunks.
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251)]);

/** A response whose body arrives in small chunks, as from a network. */
function chunked(bytes: Uint8Array, status = 200): Response {
	let offset = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (offset >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(offset, (offset += 4096)));
		}
	});
	return new Response(body, { status });
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('inflateGzipResponse', () => {
	it('inflates a gzip body, typed as asked', async () => {
		const response = await inflateGzipResponse(chunked(new Uint8Array(gzipSync(WASM))), { 'content-type': 'application/wasm' });
		expect(response.headers.get('content-type')).toBe('application/wasm');
		expect(await bytesOf(response)).toEqual(WASM);
	});

	it('passes a body through that the server already sent decompressed', async () => {
		expect(await bytesOf(await inflateGzipResponse(chunked(WASM)))).toEqual(WASM);
	});
});

describe('downloadWasm', () => {
	const url = 'https://intranet.example/kofuritsu/_app/immutable/assets/duckdb-eh.abc.wasm';

	it('asks for the compressed copy first', async () => {
		const asked: string[] = [];
		const fetcher = (async (input: string) => (asked.push(input), chunked(new Uint8Array(gzipSync(WASM))))) as unknown as typeof fetch;
		expect(await bytesOf(await downloadWasm(url, fetcher))).toEqual(WASM);
		expect(asked).toEqual([`${url}.gz`]);
	});

	it('falls back to the plain file where the server refuses .gz', async () => {
		const fetcher = (async (input: string) => (input.endsWith('.gz') ? new Response('not found', { status: 404 }) : chunked(WASM))) as unknown as typeof fetch;
		expect(await bytesOf(await downloadWasm(url, fetcher))).toEqual(WASM);
	});

	it('fails with the HTTP status when neither copy can be had', async () => {
		const fetcher = (async () => new Response('gone', { status: 410 })) as unknown as typeof fetch;
		await expect(downloadWasm(url, fetcher)).rejects.toThrow('HTTP 410');
	});
});

describe('cacheNameFor', () => {
	it('differs per build and per site, and an older build of a site is found by its prefix', () => {
		const site = 'https://intranet.example/kofuritsu/';
		expect(cacheNameFor(site, '1')).not.toBe(cacheNameFor(site, '2'));
		expect(cacheNameFor(site, '1').startsWith(cacheNameFor(site, ''))).toBe(true);
		// A second copy in a deeper folder of the same server is not taken for an older build.
		expect(cacheNameFor(`${site}copy/`, '1').startsWith(cacheNameFor(site, ''))).toBe(false);
	});
});
