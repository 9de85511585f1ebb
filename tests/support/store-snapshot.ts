/** Every file under a folder (none when it is missing), with a hash of its bytes: "nothing changed" is two equal snapshots. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function snapshotFolder(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string, prefix: string) => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
			else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	if (existsSync(dir)) walk(dir, '');
	return out;
}
