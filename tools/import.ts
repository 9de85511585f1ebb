/**
 * `npm run import -- <file|dir>... [--replace] [--verbose]`: validates new releases (CSV in UTF-8
 * or Shift_JIS, or XLSX, in any published layout) and stores them under data/imported/ in the
 * published layout; the next `npm run data`/`build` includes them. All or nothing across every
 * release named: a rejected file stores nothing, and a killed import leaves the store as it was
 * (see tools/data/imported-store.ts). Exit 0 on success (or nothing to change), 2 on rejected
 * input, 143 when stopped by SIGTERM/SIGINT. Messages are Japanese; --verbose adds the technical cause.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NODE_DATA_DIR, IMPORTED_DIR } from '../src/lib/server/paths';
import { openDataEngine, openMemoryEngine, type NodeEngine } from '../src/lib/server/node-engine';
import { checkImportSize, type ParsedFile } from '../src/lib/import/parse-file';
import { ImportFileError } from '../src/lib/import/decode-text';
import { checkImportFiles } from '../src/lib/import/pipeline';
import { toPublishedCsv } from '../src/lib/import/published-csv';
import { MunicipalityMaster, type RawRow } from '../src/lib/domain/validate-release';
import { MUNICIPALITY_MASTER, type MunicipalityMasterRow } from '../src/lib/sql/import-queries';
import { terminalLines } from '../src/lib/import/terminal-text';
import { isoToReleaseDir, todayInJapan } from '../src/lib/domain/release-date';
import { ja } from '../src/lib/messages/ja';
import { readManifest, resolveSource } from './data/sources';
import { readCsvAsText } from './data/read-table';
import { commitReleases, recoverImportedStore, workFolder, type ReleaseWrite } from './data/imported-store';
import { SOURCE_FILE_OF_KIND, recognizeTable } from '../src/lib/domain/issuance-tables';

export interface ImportOutcome {
	code: number;
	stdout: string;
	stderr: string;
}

export interface ImportOptions {
	/** Aborted by SIGTERM/SIGINT: the import stops at the next step and changes nothing. */
	signal?: AbortSignal;
	/** The date releases may not be after (ISO); today in Japan unless a test fixes it. */
	today?: string;
}

/** Messages shown at most; the rest are counted. */
const MAX_SHOWN_ERRORS = 100;

class ImportAborted extends Error {}

function expandPaths(paths: string[]): string[] {
	return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(csv|xlsx)$/i.test(f)).sort().map((f) => join(p, f)) : [p]));
}

/** A file's bytes, refused before reading when it is not a regular file or is too large; never reads past the limit. */
function readImportBytes(path: string): Uint8Array {
	const name = basename(path);
	if (!existsSync(path)) throw new ImportFileError(ja.fileError(path, ja.noSuchFile));
	const stat = statSync(path);
	if (!stat.isFile()) throw new ImportFileError(ja.fileError(name, ja.notRegularFile));
	checkImportSize(name, stat.size);
	const fd = openSync(path, 'r');
	try {
		const bytes = new Uint8Array(stat.size);
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, null);
			if (n === 0) break;
			read += n;
		}
		return bytes.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** DuckDB's read_csv on text: the text goes to a UTF-8 file in the import's work folder first. */
function csvReader(engine: NodeEngine, scratch: string) {
	let n = 0;
	return async (text: string): Promise<{ header: string[]; rows: RawRow[] }> => {
		const path = join(scratch, `input-${n++}.csv`);
		writeFileSync(path, text);
		try {
			return await readCsvAsText(engine, path);
		} finally {
			rmSync(path, { force: true });
		}
	};
}

/** What the build holds for a release today, in the published layout, to tell identical from changed. */
async function existingPublished(importedDir: string, releaseDate: string, file: string): Promise<string | null> {
	const imported = join(importedDir, isoToReleaseDir(releaseDate), file);
	if (existsSync(imported)) return readFileSync(imported, 'utf8');
	const source = readManifest().files.find((f) => f.release === releaseDate && f.path.endsWith(`/${file}`));
	return source ? readFileSync(await resolveSource(source), 'utf8') : null;
}

/** Same figures, whatever the quoting or line endings: compared through our own writer. */
async function sameContent(existing: string, parsed: ParsedFile, readCsv: ReturnType<typeof csvReader>): Promise<boolean> {
	const { header, rows } = await readCsv(existing.replace(/^\ufeff/, ''));
	return toPublishedCsv({ kind: parsed.kind, header, rows }) === toPublishedCsv(parsed);
}

function refused(errors: string[], omitted: number, details: unknown[], verbose: boolean): ImportOutcome {
	const shown = errors.slice(0, MAX_SHOWN_ERRORS);
	const rest = errors.length + omitted - shown.length;
	if (rest > 0) shown.push(ja.moreMessages(rest));
	shown.push(ja.importNothingChanged);
	if (details.length) shown.push(...(verbose ? details.map((d) => (d instanceof Error ? (d.stack ?? d.message) : String(d))).join('\n').split('\n') : [ja.importVerboseHint]));
	return { code: 2, stdout: '', stderr: terminalLines(shown) + '\n' };
}

export async function runImport(argv: string[], importedDir = IMPORTED_DIR, options: ImportOptions = {}): Promise<ImportOutcome> {
	const replace = argv.includes('--replace');
	const verbose = argv.includes('--verbose');
	const paths = expandPaths(argv.filter((a) => a !== '--replace' && a !== '--verbose'));
	if (paths.length === 0) return { code: 2, stdout: '', stderr: ja.importUsage + '\n' };
	if (!existsSync(join(NODE_DATA_DIR, 'municipalities.parquet'))) return { code: 1, stdout: '', stderr: 'データがありません。先に npm run data を実行してください。\n' };
	const today = options.today ?? todayInJapan();
	const checkpoint = () => {
		if (options.signal?.aborted) throw new ImportAborted();
	};

	// What an earlier, killed import left is finished or cleared before anything else.
	recoverImportedStore(importedDir);
	const scratch = workFolder(importedDir);
	const engine = await openMemoryEngine();
	const data = await openDataEngine(NODE_DATA_DIR);
	const errors: string[] = [];
	const details: unknown[] = [];
	let omitted = 0;
	const log: string[] = [];
	try {
		const readCsv = csvReader(engine, scratch);
		const master = new MunicipalityMaster(await data.query<MunicipalityMasterRow>(MUNICIPALITY_MASTER));
		const manifest = readManifest();
		const checked = await checkImportFiles(
			paths.map((path) => ({ name: basename(path), bytes: () => readImportBytes(path) })),
			{
				readCsv,
				master,
				today,
				checkpoint,
				isKnown: (releaseDate) => manifest.files.some((f) => f.release === releaseDate) || existsSync(join(importedDir, isoToReleaseDir(releaseDate))),
				heldTables: async (releaseDate, kinds) => {
					const held = [];
					for (const kind of kinds) {
						const text = await existingPublished(importedDir, releaseDate, SOURCE_FILE_OF_KIND[kind]);
						if (text == null) continue;
						const { header, rows } = await readCsv(text.replace(/^\ufeff/, ''));
						if (recognizeTable(header) === kind) held.push({ label: `${isoToReleaseDir(releaseDate)}/${SOURCE_FILE_OF_KIND[kind]}`, kind, header, rows });
					}
					return held;
				}
			}
		);
		errors.push(...checked.errors);
		details.push(...checked.details);
		omitted += checked.omitted;
		log.push(...checked.notes);
		const writes: ReleaseWrite[] = [];
		for (const { releaseDate, files } of checked.releases) {
			checkpoint();
			const write: ReleaseWrite = { dir: isoToReleaseDir(releaseDate), files: [] };
			for (const file of files) {
				const existing = await existingPublished(importedDir, releaseDate, SOURCE_FILE_OF_KIND[file.kind]);
				if (existing != null && (await sameContent(existing, file, readCsv))) {
					log.push(`${file.fileName}: ${releaseDate} の ${SOURCE_FILE_OF_KIND[file.kind]} と同じ内容です（変更なし）`);
					continue;
				}
				if (existing != null && !replace) {
					errors.push(`${file.fileName}: ${releaseDate} の公表データは既にあり、内容が違います。置き換えるには --replace を付けてください`);
					continue;
				}
				write.files.push({ name: SOURCE_FILE_OF_KIND[file.kind], text: toPublishedCsv(file) });
				log.push(`${file.fileName}（${file.format}）: ${releaseDate} の ${SOURCE_FILE_OF_KIND[file.kind]} として${existing != null ? '置き換えました' : '取り込みました'}（${file.rows.length}行）`);
			}
			if (write.files.length) writes.push(write);
		}
		if (errors.length) return refused(errors, omitted, details, verbose);
		checkpoint();
		// Past this point a signal waits: the commit takes milliseconds and is itself all or nothing.
		commitReleases(importedDir, writes);
		if (writes.length) log.push('次に npm run data（または npm run build）を実行すると、地図と集計に反映されます。');
		return { code: 0, stdout: terminalLines(log) + '\n', stderr: '' };
	} catch (error) {
		if (error instanceof ImportAborted) return { code: 143, stdout: '', stderr: ja.importAborted + '\n' };
		throw error;
	} finally {
		await engine.close();
		await data.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const controller = new AbortController();
	let store = IMPORTED_DIR;
	let signals = 0;
	const stop = () => {
		controller.abort();
		// A step that does not return (a huge parse) must not keep the process: the store is consistent at every moment.
		const exit = () => {
			rmSync(join(store, `.work-${process.pid}`), { recursive: true, force: true });
			process.exit(143);
		};
		if (++signals > 1) exit();
		setTimeout(exit, 5000).unref();
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	const verbose = process.argv.includes('--verbose');
	store = process.env.KOFURITSU_IMPORTED_DIR ?? IMPORTED_DIR;
	try {
		const { code, stdout, stderr } = await runImport(process.argv.slice(2), store, { signal: controller.signal });
		process.stdout.write(stdout);
		process.stderr.write(stderr);
		process.exitCode = code;
	} catch (error) {
		process.stderr.write(`取り込みに失敗しました（何も変更していません）。${verbose ? '' : ja.importVerboseHint}\n`);
		if (verbose) console.error(error);
		process.exitCode = 1;
	}
}
