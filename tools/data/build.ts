/**
 * `npm run data`: reads every source in data/sources.json (mirror, cache or public URL),
 * validates every row, and writes what the browser reads (Arrow streams, boundaries) to static/data/
 * and what only Node reads (Parquet, CSV, build-info.json) to data/generated/. Writes into temporary
 * folders and swaps them in only when everything passed, so a bad input never leaves half a data set behind.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { NODE_DATA_DIR, SITE_DATA_DIR } from '../../src/lib/server/paths';
import { openMemoryEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { MissingSourceError, readManifest, resolveSource, type SourceFile } from './sources';
import { buildHokkaidoTopology, buildPrefectureTopology, masterFromN03 } from './geometry';
import { collectReleases, type ReleaseInput } from './collect-releases';
import { importedReleases } from './imported-releases';
import { writeTables } from './write-tables';
import { noteLines } from './note-summary';

async function readJson(file: SourceFile): Promise<Topology> {
	return JSON.parse(readFileSync(await resolveSource(file), 'utf8'));
}

function sourceOfKind(files: SourceFile[], kind: SourceFile['kind']): SourceFile {
	const found = files.find((f) => f.kind === kind);
	if (!found) throw new Error(`data/sources.json: ${kind} がありません`);
	return found;
}

/** Where a build goes: the served folder and the Node-only one (one folder for both in a scratch build). */
export type DataOutput = string | { site: string; node: string };

export async function buildData(out: DataOutput = { site: SITE_DATA_DIR, node: NODE_DATA_DIR }, extraReleases: ReleaseInput[] = []): Promise<void> {
	const outDirs = typeof out === 'string' ? { site: out, node: out } : out;
	const started = performance.now();
	const manifest = readManifest();
	const engine: NodeEngine = await openMemoryEngine();
	try {
		const hokkaidoSource = await readJson(sourceOfKind(manifest.files, 'hokkaidoBoundaries'));
		const masterSource = await readJson(sourceOfKind(manifest.files, 'municipalityMaster'));
		const prefectureSource = await readJson(sourceOfKind(manifest.files, 'prefectureBoundaries'));

		const { tables, notes, errors } = await collectReleases(engine, manifest.files, masterFromN03(masterSource), [...importedReleases(), ...extraReleases]);
		const verbose = process.argv.includes('--verbose') || !!process.env.DEBUG;
		for (const note of noteLines(notes, verbose)) console.log(`  注記: ${note}`);
		if (errors.length) {
			for (const e of errors.slice(0, 50)) console.error(e);
			if (errors.length > 50) console.error(`…ほか ${errors.length - 50} 件`);
			throw new Error(`入力データに ${errors.length} 件の誤りがあります。static/data/ は変更していません（data/generated/ も）。`);
		}

		const tmp = { site: `${outDirs.site}.tmp`, node: `${outDirs.node}.tmp` };
		for (const dir of new Set(Object.values(tmp))) {
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir, { recursive: true });
		}
		await writeTables(engine, tables, tmp);

		const withData = new Set(tables.municipalities.filter((m) => m.prefecture === '北海道').map((m) => m.code6 as string));
		const nameOf = new Map(tables.municipalities.map((m) => [m.code6 as string, m.name as string]));
		writeFileSync(join(tmp.site, 'hokkaido.topo.json'), JSON.stringify(buildHokkaidoTopology(hokkaidoSource, withData, (c) => nameOf.get(c))));
		writeFileSync(join(tmp.site, 'prefectures.topo.json'), JSON.stringify(buildPrefectureTopology(prefectureSource)));
		writeFileSync(
			join(tmp.node, 'build-info.json'),
			JSON.stringify({ builtAt: new Date().toISOString(), releases: tables.releases.length, licences: manifest.licences, notes }, null, '\t')
		);

		for (const kind of ['site', 'node'] as const) {
			if (kind === 'node' && outDirs.node === outDirs.site) continue;
			rmSync(outDirs[kind], { recursive: true, force: true });
			renameSync(tmp[kind], outDirs[kind]);
		}
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`データ作成完了: ${tables.releases.length} 回分, 市区町村 ${tables.municipal_issuance.length} 行 → ${[...new Set(Object.values(outDirs))].join(', ')}（${seconds} 秒）`);
	} finally {
		await engine.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	buildData().catch((error) => {
		console.error(error instanceof MissingSourceError ? error.message : `データ作成に失敗しました: ${(error as Error).message}`);
		if (!(error instanceof MissingSourceError) && process.env.DEBUG) console.error(error);
		process.exitCode = 1;
	});
}
