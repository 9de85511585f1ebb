import { resolve } from 'node:path';

// npm scripts, vitest and the prerender all run from the repository root; import.meta.url
// would point into Vite's output during prerender, so the working directory is the anchor.
export const ROOT = resolve(process.cwd());
/** What the browser reads, served as /data/ (Arrow streams, boundaries); written by `npm run data`, git-ignored. */
export const SITE_DATA_DIR = resolve(ROOT, 'static/data');
/** What only Node reads (Parquet for the prerender, CLI and tests; the CSV the Arrow is made from; build-info.json); git-ignored, never served. */
export const NODE_DATA_DIR = resolve(ROOT, 'data/generated');
/** Releases added with `npm run import`; git-ignored. */
export const IMPORTED_DIR = resolve(ROOT, 'data/imported');
