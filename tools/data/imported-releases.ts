/**
 * Releases added with `npm run import`, stored under data/imported/YYYYMMDD/ in the published
 * layout (the same file names and columns as the mirror), so the build validates them the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORTED_DIR } from '../../src/lib/server/paths';
import { SOURCE_FILE_OF_KIND, type TableKind } from '../../src/lib/domain/issuance-tables';
import { releaseDirToIso } from '../../src/lib/domain/release-date';
import type { ReleaseInput } from './collect-releases';
import { recoverImportedStore } from './imported-store';

export function importedReleases(dir = IMPORTED_DIR): ReleaseInput[] {
	if (!existsSync(dir)) return [];
	// An import killed mid-way is finished or undone before the build reads the store.
	recoverImportedStore(dir);
	return readdirSync(dir)
		.filter((name) => releaseDirToIso(name) != null)
		.sort()
		.map((name) => {
			const files: Partial<Record<TableKind, string>> = {};
			for (const [kind, file] of Object.entries(SOURCE_FILE_OF_KIND) as [TableKind, string][]) {
				if (existsSync(join(dir, name, file))) files[kind] = join(dir, name, file);
			}
			return { release: releaseDirToIso(name)!, source: 'import', files };
		});
}
