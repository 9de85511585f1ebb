import { serveDirectory } from '../support/static-server';
import { launchBrowser } from '../support/browser';
const server = await serveDirectory('build', { gzip: true });
const browser = await launchBrowser();
const prefs = (process.env.PREFS ?? '東京都,鹿児島県,沖縄県,長野県').split(',');
const sizes = (process.env.SIZES ?? '1440x900,390x844').split(',');
try {
	for (const size of sizes) {
		const [w, h] = size.split('x').map(Number);
		const ctx = await browser.newContext({ viewport: { width: w, height: h } });
		const page = await ctx.newPage();
		for (const p of prefs) {
			await page.goto(`${server.origin}${process.env.PATHQ ?? '/?pref='}${encodeURIComponent(p)}`);
			await page.waitForSelector(`main[data-prefecture="${p}"] [data-testid=choropleth] [data-code][fill]`, { timeout: 30000 }).catch(() => {});
			await page.waitForTimeout(800);
			await page.screenshot({ path: `/tmp/shots/${p}-${w}.png`, fullPage: process.env.FULL === '1' });
		}
		await ctx.close();
	}
} finally { await browser.close(); await server.close(); }
