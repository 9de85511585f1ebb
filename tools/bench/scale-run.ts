/**
 * The bench's scale run alone (no build, no browser): `npx tsx tools/bench/scale-run.ts` after
 * `npm run data`. SCALE_FACTORS (default 1,10,100) and SCALE_REPEATS (default 5) change it.
 */
import { runScale, scaleTable } from './scale';

const factors = (process.env.SCALE_FACTORS ?? '1,10,100').split(',').map(Number);
const repeats = Number(process.env.SCALE_REPEATS ?? 5);
const results = await runScale(factors, repeats, (text) => process.stderr.write(`  ${text}\n`));
console.log(scaleTable(results).join('\n'));
