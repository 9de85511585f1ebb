/**
 * Debian's Chromium driven by playwright-core, as the project's browser tests and benchmark
 * use it: headless, no sandbox (root in CI), no background networking, a fresh profile.
 * Every request that leaves the site's origin is recorded so tests can fail on it, and so is every
 * Content-Security-Policy violation or complaint (a browser test's session refuses to close quietly on one).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
	context: BrowserContext;
	page: Page;
	/** URLs requested outside the origin; tests assert this stays empty. */
	foreignRequests: string[];
	/** Content-Security-Policy violations (securitypolicyviolation events) and the browser's CSP console messages. */
	cspViolations: string[];
	close(): Promise<void>;
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/**
 * One running Chromium (Playwright gives it a fresh temporary profile) whose contexts each
 * start with an empty cache: what the benchmark uses for cold loads in an already-open browser.
 */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
}

/** A new context of `browser`: empty cache and storage, foreign requests recorded. */
export async function openContext(browser: Browser, origin: string, viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
	const context = await browser.newContext({ viewport, locale: 'ja-JP' });
	const foreignRequests = recordForeignRequests(context, origin);
	const cspViolations = await recordCspViolations(context);
	const page = await context.newPage();
	return { context, page, foreignRequests, cspViolations, close: () => context.close() };
}

/** Every page of `context` reports CSP violations to the console, where they are collected with Chromium's own CSP messages. */
async function recordCspViolations(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${event.documentURI}${event.sample ? ` — ${event.sample}` : ''}`)
		);
	});
	context.on('console', (message) => {
		const text = message.text();
		if (/CSP violation|Content[ -]Security[ -]Policy/i.test(text)) violations.push(`${message.location().url || ''}: ${text}`);
	});
	return violations;
}

function recordForeignRequests(context: BrowserContext, origin: string): string[] {
	const foreignRequests: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	return foreignRequests;
}

export async function openBrowser(origin: string, options: { javaScriptEnabled?: boolean; args?: string[] } = {}): Promise<BrowserSession> {
	const profile = mkdtempSync(join(tmpdir(), 'kofuritsu-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [...LAUNCH_ARGS, ...(options.args ?? [])],
		viewport: { width: 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		locale: 'ja-JP'
	});
	const foreignRequests = recordForeignRequests(context, origin);
	const cspViolations = await recordCspViolations(context);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		foreignRequests,
		cspViolations,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
			// Every browser test closes its session: a policy that blocked anything fails the test file here.
			if (cspViolations.length) throw new Error(`Content-Security-Policy に反する読み込みがありました:\n${cspViolations.join('\n')}`);
		}
	};
}

export type { Browser, Page };
