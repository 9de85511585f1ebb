/**
 * What an import test needs before its first file: the municipality master from the generated
 * data (codes and names only, no figures), an in-memory DuckDB for read_csv, and a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataEngine, openMemoryEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { MunicipalityMaster, type MunicipalityMasterEntry } from '../../src/lib/domain/validate-release';
import type { CsvReader } from '../../src/lib/import/parse-file';
import { readCsvAsText } from '../../tools/data/read-table';

export interface ImportBench {
	engine: NodeEngine;
	entries: MunicipalityMasterEntry[];
	master: MunicipalityMaster;
	/** A temporary folder, removed by close(). */
	work: string;
	/** CSV text through DuckDB's read_csv, as the import reads it. */
	readCsv: CsvReader;
	close(): Promise<void>;
}

export async function openImportBench(folderPrefix: string): Promise<ImportBench> {
	const data = await openDataEngine(NODE_DATA_DIR);
	const entries = await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities ORDER BY code6');
	await data.close();
	const engine = await openMemoryEngine();
	const work = mkdtempSync(join(tmpdir(), folderPrefix));
	let n = 0;
	const readCsv: CsvReader = async (text) => {
		const path = join(work, `read-${n++}.csv`);
		writeFileSync(path, text);
		return readCsvAsText(engine, path);
	};
	return {
		engine,
		entries,
		master: new MunicipalityMaster(entries),
		work,
		readCsv,
		async close() {
			await engine.close();
			rmSync(work, { recursive: true, force: true });
		}
	};
}
