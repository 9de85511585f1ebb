/**
 * The bench's scale run alone (no build of the site): `npx tsx tools/bench/scale-run.ts` after
 * `npm run data`, in DuckDB-wasm in Node and then in Chromium (`SCALE_WHERE=node` or `browser` for
 * one). SCALE_FACTORS (default 1,10,100) and SCALE_REPEATS (default 5) change it.
 */
import { launchBrowser } from '../support/browser';
import { runScale, scaleTable } from './scale';
import { runScaleInBrowser } from './scale-browser';

const factors = (process.env.SCALE_FACTORS ?? '1,10,100').split(',').map(Number);
const repeats = Number(process.env.SCALE_REPEATS ?? 5);
const where = process.env.SCALE_WHERE ?? 'both';
const progress = (text: string) => process.stderr.write(`  ${text}\n`);
if (where !== 'browser') console.log(scaleTable(await runScale(factors, repeats, progress)).join('\n'));
if (where !== 'node') {
	const browser = await launchBrowser();
	try {
		console.log(scaleTable(await runScaleInBrowser(browser, factors, repeats, progress), 'DuckDB-wasm in Chromium: worker, results read on the main thread').join('\n'));
	} finally {
		await browser.close();
	}
}
