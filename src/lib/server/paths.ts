import { resolve } from 'node:path';

// npm scripts, vitest and the prerender all run from the repository root; import.meta.url
// would point into Vite's output during prerender, so the working directory is the anchor.
export const ROOT = resolve(process.cwd());
/** Generated tables and geometry; git-ignored and served by the site as /data/. */
export const GENERATED_DATA_DIR = resolve(ROOT, 'static/data');
/** Releases added with `npm run import`; git-ignored. */
export const IMPORTED_DIR = resolve(ROOT, 'data/imported');
