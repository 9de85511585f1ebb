/**
 * Vite plugin: writes a gzip copy beside every .wasm the client build emits (`x.wasm` →
 * `x.wasm.gz`). Intranet servers usually send .wasm uncompressed (34 MB for DuckDB); the browser
 * fetches the 8 MB copy and inflates it itself (src/lib/engine/wasm-cache.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function precompressWasm(): Plugin {
	return {
		name: 'kofuritsu-precompress-wasm',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment?.config.consumer === 'server') return;
			for (const file of Object.values(bundle)) {
				if (file.type !== 'asset' || !file.fileName.endsWith('.wasm')) continue;
				this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: gzipSync(file.source, { level: 9 }) });
			}
		}
	};
}
