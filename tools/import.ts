/**
 * `npm run import -- <file|dir>... [--replace]`: validates new releases (CSV in UTF-8 or
 * Shift_JIS, or XLSX, in any published layout) and stores them under data/imported/ in the
 * published layout; the next `npm run data`/`build` includes them. All or nothing: a rejected
 * file stores nothing. Exit 0 on success (or nothing to change), 2 on rejected input.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { GENERATED_DATA_DIR, IMPORTED_DIR } from '../src/lib/server/paths';
import { openDataEngine, openMemoryEngine, type NodeEngine } from '../src/lib/server/node-engine';
import { parseImportFile, type ParsedFile } from '../src/lib/import/parse-file';
import { ImportFileError } from '../src/lib/import/decode-text';
import { releaseTables } from '../src/lib/import/release-tables';
import { toPublishedCsv, publishedPath } from '../src/lib/import/published-csv';
import { MunicipalityMaster, type MunicipalityMasterEntry, type RawRow } from '../src/lib/domain/validate-release';
import { readManifest, resolveSource } from './data/sources';
import { readCsvAsText } from './data/read-table';
import { SOURCE_FILE_OF_KIND, type TableKind } from '../src/lib/domain/issuance-tables';

export interface ImportOutcome {
	code: number;
	stdout: string;
	stderr: string;
}

function expandPaths(paths: string[]): string[] {
	return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(csv|xlsx)$/i.test(f)).sort().map((f) => join(p, f)) : [p]));
}

/** DuckDB's read_csv on text: the text goes to a temporary UTF-8 file first. */
function csvReader(engine: NodeEngine, scratch: string) {
	let n = 0;
	return async (text: string): Promise<{ header: string[]; rows: RawRow[] }> => {
		const path = join(scratch, `input-${n++}.csv`);
		writeFileSync(path, text);
		return readCsvAsText(engine, path);
	};
}

/** What the build holds for a release today, in the published layout, to tell identical from changed. */
async function existingPublished(importedDir: string, releaseDate: string, file: string): Promise<string | null> {
	const imported = join(importedDir, publishedDir(releaseDate), file);
	if (existsSync(imported)) return readFileSync(imported, 'utf8');
	const source = readManifest().files.find((f) => f.release === releaseDate && f.path.endsWith(`/${file}`));
	return source ? readFileSync(await resolveSource(source), 'utf8') : null;
}
const publishedDir = (releaseDate: string) => releaseDate.replaceAll('-', '');

/** A new release needs these three to be drawn and ranked; the age/sex table is optional. */
const REQUIRED_FOR_NEW_RELEASE: TableKind[] = ['municipal', 'prefectural', 'byKind'];

/** Same figures, whatever the quoting or line endings: compared through our own writer. */
async function sameContent(existing: string, parsed: ParsedFile, engine: NodeEngine, scratch: string): Promise<boolean> {
	const { header, rows } = await csvReader(engine, scratch)(existing.replace(/^\ufeff/, ''));
	return toPublishedCsv({ kind: parsed.kind, header, rows }) === toPublishedCsv(parsed);
}

export async function runImport(argv: string[], importedDir = IMPORTED_DIR): Promise<ImportOutcome> {
	const replace = argv.includes('--replace');
	const paths = expandPaths(argv.filter((a) => a !== '--replace'));
	if (paths.length === 0) return { code: 2, stdout: '', stderr: '使い方: npm run import -- <ファイルまたはフォルダ>... [--replace]\n' };
	if (!existsSync(join(GENERATED_DATA_DIR, 'municipalities.parquet'))) return { code: 1, stdout: '', stderr: 'データがありません。先に npm run data を実行してください。\n' };

	const scratch = mkdtempSync(join(tmpdir(), 'kofuritsu-import-'));
	const engine = await openMemoryEngine();
	const data = await openDataEngine(GENERATED_DATA_DIR);
	const errors: string[] = [];
	const log: string[] = [];
	try {
		const master = new MunicipalityMaster(await data.query<MunicipalityMasterEntry>('SELECT code6, name, prefecture FROM municipalities'));
		const parsed: ParsedFile[] = [];
		for (const path of paths) {
			try {
				if (!existsSync(path)) throw new ImportFileError(`${path}: ファイルがありません`);
				parsed.push(await parseImportFile(basename(path), new Uint8Array(readFileSync(path)), csvReader(engine, scratch)));
			} catch (error) {
				if (!(error instanceof ImportFileError)) throw error;
				errors.push(error.message);
			}
		}
		const byRelease = new Map<string, ParsedFile[]>();
		for (const file of parsed) {
			if (!file.releaseDate) {
				errors.push(`${file.fileName} 2行目 算出基準日: 日付として読めません（YYYY/MM/DD 形式が必要です）`);
				continue;
			}
			byRelease.set(file.releaseDate, [...(byRelease.get(file.releaseDate) ?? []), file]);
		}
		const writes: { path: string; text: string }[] = [];
		for (const [releaseDate, files] of byRelease) {
			const kinds = files.map((f) => f.kind);
			const twice = files.filter((f, i) => kinds.indexOf(f.kind) !== i);
			if (twice.length) {
				errors.push(...twice.map((f) => `${f.fileName}: ${releaseDate} の ${SOURCE_FILE_OF_KIND[f.kind]} に当たる表が他のファイルと重複しています`));
				continue;
			}
			const result = releaseTables(releaseDate, files.map((f) => ({ label: f.fileName, kind: f.kind, header: f.header, rows: f.rows })), master);
			errors.push(...result.errors);
			log.push(...result.notes);
			const known = readManifest().files.some((f) => f.release === releaseDate) || existsSync(join(importedDir, publishedDir(releaseDate)));
			const missingKinds = REQUIRED_FOR_NEW_RELEASE.filter((kind) => !files.some((f) => f.kind === kind));
			if (!known && missingKinds.length) {
				errors.push(`${releaseDate}: 新しい公表日には ${missingKinds.map((k) => SOURCE_FILE_OF_KIND[k]).join('、')} に当たる表も必要です（市区町村別・都道府県別・団体区分別の3表）`);
				continue;
			}
			for (const file of files) {
				const existing = await existingPublished(importedDir, releaseDate, SOURCE_FILE_OF_KIND[file.kind]);
				if (existing != null && (await sameContent(existing, file, engine, scratch))) {
					log.push(`${file.fileName}: ${releaseDate} の ${SOURCE_FILE_OF_KIND[file.kind]} と同じ内容です（変更なし）`);
					continue;
				}
				if (existing != null && !replace) {
					errors.push(`${file.fileName}: ${releaseDate} の公表データは既にあり、内容が違います。置き換えるには --replace を付けてください`);
					continue;
				}
				writes.push({ path: join(importedDir, publishedPath(releaseDate, file)), text: toPublishedCsv(file) });
				log.push(`${file.fileName}（${file.format}）: ${releaseDate} の ${SOURCE_FILE_OF_KIND[file.kind]} として${existing != null ? '置き換えました' : '取り込みました'}（${file.rows.length}行）`);
			}
		}
		if (errors.length) return { code: 2, stdout: '', stderr: [...errors, '取り込みは行いませんでした（何も変更していません）。'].join('\n') + '\n' };
		// Every file passed: write each through a temporary name, so no half-written file is ever read.
		for (const { path, text } of writes) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(`${path}.tmp`, text);
			renameSync(`${path}.tmp`, path);
		}
		if (writes.length) log.push('次に npm run data（または npm run build）を実行すると、地図と集計に反映されます。');
		return { code: 0, stdout: log.join('\n') + '\n', stderr: '' };
	} finally {
		await engine.close();
		await data.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { code, stdout, stderr } = await runImport(process.argv.slice(2));
	process.stdout.write(stdout);
	process.stderr.write(stderr);
	process.exitCode = code;
}
