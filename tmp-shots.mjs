import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png', '.gz': 'application/gzip', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
const server = createServer((req, res) => {
	let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
	let f = join(root, p);
	if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
	if (!existsSync(f)) { res.writeHead(404); return res.end(); }
	res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
	res.end(readFileSync(f));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const pages = process.argv.slice(3);
for (const [w, h] of [[1440, 900], [390, 844]]) {
	const ctx = await browser.newContext({ viewport: { width: w, height: h } });
	const page = await ctx.newPage();
	for (const path of pages) {
		await page.goto(origin + path);
		await page.waitForTimeout(6000);
		const name = path.replace(/[^\w]+/g, '_') + `_${w}`;
		await page.screenshot({ path: `/tmp/shots/${name}.png` });
		console.log(name, await page.evaluate(() => document.documentElement.scrollWidth));
	}
	await ctx.close();
}
await browser.close(); server.close();
