import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the site is plain files for any static server or intranet share.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths, so the site also works from a sub-folder of an intranet share.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail' },
		// Registered by the page itself (src/lib/offline/service-worker-client.ts), after DuckDB's start.
		serviceWorker: { register: false }
	}
};

export default config;
