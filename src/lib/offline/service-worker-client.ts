/**
 * The page's side of the service worker: registers it (under the site's base path), and tells
 * the page whether offline use is possible, being prepared, ready, or a newer build is waiting.
 */
import { dev, version } from '$app/environment';
import { cacheNameFor } from '../engine/wasm-cache';
import { engineStarting } from '../engine/engine-store';
import { wasmUrl } from '../engine/engine-files';
import { siteUrl } from '../engine/site-location';
import { SKIP_WAITING } from './messages';

export type OfflineState =
	| { kind: 'insecure' } // plain http on another host: browsers refuse service workers
	| { kind: 'unsupported' }
	| { kind: 'preparing' }
	| { kind: 'ready' }
	| { kind: 'failed'; detail: string };

let registering: Promise<ServiceWorkerRegistration> | null = null;

const loaded = () => new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hydrated pages start DuckDB at once; give them that moment. */
const ENGINE_START_GRACE_MS = 2000;

/** Once the page has loaded and DuckDB, if the page starts it, is ready (or has failed). */
async function pageSettled(): Promise<void> {
	await loaded();
	for (let waited = 0; !engineStarting() && waited < ENGINE_START_GRACE_MS; waited += 250) await pause(250);
	await engineStarting()?.catch(() => {});
}

/**
 * Registers the site's service worker once per page; null where browsers refuse it. Only once the
 * page has settled: the install (every page of the site, ~20 MB without the wasm) must not compete with the page and
 * DuckDB for a slow link, and then finds the wasm already kept by DuckDB's worker.
 */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration> | null {
	if (!('serviceWorker' in navigator) || !isSecureContext) return null;
	// `vite dev` serves the service worker as an ES module.
	registering ??= pageSettled().then(() =>
		navigator.serviceWorker.register(new URL('service-worker.js', siteUrl()).href, { scope: siteUrl(), type: dev ? 'module' : 'classic' })
	);
	return registering;
}

/** Whether this build's files, the DuckDB wasm included, are all kept by the browser. */
async function isKept(registration: ServiceWorkerRegistration): Promise<boolean> {
	if (!registration.active) return false;
	const cache = await caches.open(cacheNameFor(siteUrl(), version));
	return !!(await cache.match(new URL(wasmUrl, location.href).href)) && !!(await cache.match(siteUrl()));
}

/** Calls `report` now and whenever offline readiness changes; returns the stop function. */
export function watchOffline(report: (state: OfflineState) => void): () => void {
	if (!isSecureContext) {
		report({ kind: 'insecure' });
		return () => {};
	}
	const registration = registerServiceWorker();
	if (!registration) {
		report({ kind: 'unsupported' });
		return () => {};
	}
	let stopped = false;
	report({ kind: 'preparing' });
	const check = async (reg: ServiceWorkerRegistration) => {
		const kept = await isKept(reg).catch(() => false);
		if (!stopped) report({ kind: kept ? 'ready' : 'preparing' });
		if (!kept && !stopped) setTimeout(() => check(reg), 1000);
	};
	registration.then(check, (error: Error) => !stopped && report({ kind: 'failed', detail: error.message }));
	return () => (stopped = true);
}

/** Calls `onWaiting` when a newer build's service worker is installed and waiting to take over. */
export function watchUpdate(onWaiting: (worker: ServiceWorker) => void): void {
	const registration = registerServiceWorker();
	if (!registration) return;
	// A newer build took over (here or in another tab): reload, so this page's files and the cache agree.
	const hadController = !!navigator.serviceWorker.controller;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) location.reload();
	});
	registration.then(
		(reg) => {
			const notify = () => {
				if (reg.waiting && navigator.serviceWorker.controller) onWaiting(reg.waiting);
			};
			notify();
			reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', notify));
		},
		(error) => console.warn('Service Worker を登録できませんでした（オフラインでは使えません）', error)
	);
}

/** The 更新 button: the waiting build takes over; the controllerchange above reloads the page. */
export function applyUpdate(worker: ServiceWorker): void {
	worker.postMessage(SKIP_WAITING);
}
