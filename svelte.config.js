import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Hashes of the inline scripts in src/app.html (the deep-link placeholder), for the CSP. */
const appHtmlScriptHashes = [...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) => /** @type {const} */ (`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the site is plain files for any static server or intranet share.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths, so the site also works from a sub-folder of an intranet share.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail' },
		// Each page's styles (13 KB for the map) inline in its HTML: no stylesheet requests to wait
		// for before the first paint, and the early start of DuckDB in app.html (a script waits for
		// the stylesheets above it) runs as soon as the head is parsed.
		inlineStyleThreshold: 32_768,
		// Registered by the page itself (src/lib/offline/service-worker-client.ts), after DuckDB's start.
		serviceWorker: { register: false },
		// A <meta> Content-Security-Policy on every prerendered page: the site itself and nothing else.
		// SvelteKit adds the hash of its own inline start-up script; app.html's script is hashed above.
		// Style attributes (Svelte's style: directives, server-rendered) are the one inline allowance.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
