/**
 * Draws the web app manifest's icons (static/icons/icon-192.png, icon-512.png) from
 * tools/icons/icon.svg in Chromium. Run after changing the drawing: `npx tsx tools/icons/draw-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../support/browser';

const svg = readFileSync(resolve('tools/icons/icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
	for (const size of [192, 512]) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
		await page.screenshot({ path: resolve(`static/icons/icon-${size}.png`), omitBackground: false });
		await page.close();
	}
} finally {
	await browser.close();
}
