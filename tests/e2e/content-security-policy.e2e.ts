import { describe, expect, it } from 'vitest';
import { siteForFile } from '../support/site';
import { PAGES, openPage } from '../support/page-checks';

// Every page carries a Content-Security-Policy that allows the site itself and nothing else; the
// session (tools/support/browser.ts) fails the file on any violation, so every page below must
// also run clean under it: DuckDB's worker and wasm, the service worker, the deep-link script.
const site = siteForFile();

const policyOf = () => site.page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null);

function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name, values])
	);
}

describe('Content-Security-Policy', () => {
	for (const path of PAGES) {
		it(`${path} carries the site's policy and runs under it`, async () => {
			await openPage(site.page, site.origin, path);
			const policy = await policyOf();
			expect(policy).not.toBeNull();
			const d = directives(policy!);
			expect(d['default-src']).toEqual(["'self'"]);
			expect(d['connect-src']).toEqual(["'self'"]);
			expect(d['worker-src']).toEqual(["'self'"]);
			expect(d['object-src']).toEqual(["'none'"]);
			// Scripts: the site's files and inline scripts by hash only.
			expect(d['script-src'][0]).toBe("'self'");
			for (const source of d['script-src'].slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
			expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
			// The meta comes before every script, so it covers them all.
			expect(await site.page.evaluate(() => {
				const meta = document.querySelector('meta[http-equiv="content-security-policy" i]')!;
				return [...document.querySelectorAll('script')].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
			})).toBe(true);
			expect(site.cspViolations).toEqual([]);
		});
	}

	it('the 404 page carries a policy that allows nothing but its own style', async () => {
		const response = await site.page.goto(`${site.origin}/no-such-page/`);
		expect(response?.status()).toBe(404);
		const d = directives((await policyOf())!);
		expect(d['default-src']).toEqual(["'none'"]);
		expect(d['style-src']).toHaveLength(1);
		// Its style applies (a blocked style would leave the browser's default margin).
		expect(await site.page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
		expect(site.cspViolations).toEqual([]);
	});

	it('the deep-link script runs under the policy (allowed by its hash)', async () => {
		await site.page.goto(`${site.origin}/?date=2022-06-30`);
		await site.page.waitForSelector('[data-testid=engine-status][data-state=ready]', { timeout: 60_000 });
		expect(site.cspViolations).toEqual([]);
	});

	it('blocks a request to another site, and the violation is seen', async () => {
		await site.page.goto(`${site.origin}/summary/`);
		const outcome = await site.page.evaluate(() => fetch('http://example.com/').then(() => 'fetched', () => 'blocked'));
		expect(outcome).toBe('blocked');
		await expect.poll(() => site.cspViolations.length).toBeGreaterThan(0);
		expect(site.cspViolations.join('\n')).toMatch(/connect-src/);
		expect(site.foreignRequests).toEqual([]);
		// This one was on purpose (reported twice: the event and Chromium's own message): not a failure.
		await site.page.goto(`${site.origin}/404.html`);
		site.cspViolations.length = 0;
	});
});
