/**
 * What every data CLI (`npm run summary`, `npm run project`) does around its own work: parse the
 * arguments (a usage error is exit 2 with its message), refuse when `npm run data` has not run
 * (exit 1), open the generated tables and always close them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { openDataEngine, type NodeEngine } from '../../src/lib/server/node-engine';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export async function runDataCli<Args>(argv: string[], parse: (argv: string[]) => Args, work: (args: Args, engine: NodeEngine) => Promise<CliResult>): Promise<CliResult> {
	let args: Args;
	try {
		args = parse(argv);
	} catch (error) {
		return { code: 2, stdout: '', stderr: (error as Error).message + '\n' };
	}
	if (!existsSync(join(NODE_DATA_DIR, 'releases.parquet'))) {
		return { code: 1, stdout: '', stderr: 'データがありません。先に npm run data を実行してください。\n' };
	}
	const engine = await openDataEngine(NODE_DATA_DIR);
	try {
		return await work(args, engine);
	} finally {
		await engine.close();
	}
}
