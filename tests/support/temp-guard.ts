/**
 * Vitest global setup: every run gets its own temporary folder (so runs of other worktrees never
 * mix in), and the run fails if a test leaves anything in it: tests clean up after themselves.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
	const outer = tmpdir();
	const own = mkdtempSync(join(outer, 'kofuritsu-test-run-'));
	// Set before the test workers start, so os.tmpdir() in every worker and child process is this folder.
	process.env.TMPDIR = own;
	return () => {
		process.env.TMPDIR = outer;
		const left = readdirSync(own);
		rmSync(own, { recursive: true, force: true });
		if (left.length) {
			// A throw here is only logged by vitest; the exit code is what CI reads.
			console.error(`テストが一時フォルダに残したもの: ${left.join(', ')}（各テストで片付けてください）`);
			process.exitCode = 1;
		}
	};
}
