import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { precompressWasm } from './tools/build/precompress-wasm.ts';
import { patchDuckdbStartupPlugin } from './tools/build/duckdb-startup-patch.ts';

export default defineConfig(({ command }) => ({
	// KOFURITSU_PREFECTURE (the deployment's prefecture) reaches client and prerender as import.meta.env.
	envPrefix: ['VITE_', 'KOFURITSU_PREFECTURE'],
	plugins: [sveltekit(), precompressWasm(), patchDuckdbStartupPlugin()],
	// A quiet build: warnings and errors only (no per-chunk lines, no size or timing tables).
	logLevel: command === 'build' ? 'warn' : 'info',
	build: { reportCompressedSize: false, rolldownOptions: { checks: { bundlerTimings: false } } },
	// DuckDB-wasm ships its own worker and wasm; Vite must not pre-bundle it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	ssr: { external: ['@duckdb/node-api'] },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'tools/**/*.spec.ts', 'tests/integration/**/*.spec.ts', 'tests/snapshots/**/*.spec.ts'],
					environment: 'node',
					globalSetup: ['tests/support/temp-guard.ts'],
					testTimeout: 60_000
				}
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					globalSetup: ['tests/support/temp-guard.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
}));
