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
import { buildPrefectureBoundaries, buildPrefectureTopology, designatedCityKey, masterFromN03 } from './geometry';
import { parseCodeList } from './code-list';
import { checkBoundaryCoverage, type BoundaryShape } from './boundary-coverage';
import { designatedCities, readingsByCode, type CodeListEntry } from '../../src/lib/domain/municipality-kana';
import { boundaryFile } from '../../src/lib/map/boundary-file';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import type { GeometryCollection } from 'topojson-specification';
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

/**
 * Writes boundaries/PP.topo.json for each prefecture, returning each prefecture's shapes for the coverage check.
 */
async function writeBoundaries(files: SourceFile[], municipalities: Record<string, unknown>[], codeList: CodeListEntry[], outDir: string): Promise<Map<string, BoundaryShape[]>> {
	const cities = new Map(designatedCities(codeList).map((c) => [designatedCityKey(c.prefecture, c.name), c.code6.slice(0, 5)]));
	const withData = new Set(municipalities.map((m) => m.code6 as string));
	const byCode = new Map(municipalities.map((m) => [m.code6 as string, m]));
	const context = { designatedCities: cities, withData, nameOf: (c: string) => byCode.get(c)?.name as string | undefined, kanaOf: (c: string) => (byCode.get(c)?.kana as string | null) ?? undefined };
	const shapes = new Map<string, BoundaryShape[]>();
	mkdirSync(join(outDir, 'boundaries'), { recursive: true });
	for (const [i, prefecture] of PREFECTURES.entries()) {
		const code = String(i + 1).padStart(2, '0');
		const file = files.find((f) => f.kind === 'municipalBoundaries' && f.prefecture === code);
		if (!file) throw new Error(`data/sources.json: ${prefecture}（${code}）の municipalBoundaries がありません`);
		const topology = buildPrefectureBoundaries(await readJson(file), context);
		const text = JSON.stringify(topology);
		writeFileSync(join(outDir, boundaryFile(i + 1).replace(/^data\//, '')), text);
		shapes.set(prefecture, (topology.objects.municipalities as GeometryCollection<BoundaryShape>).geometries.map((g) => g.properties as BoundaryShape));
	}
	return shapes;
}

/** Where a build goes: the served folder and the Node-only one (one folder for both in a scratch build). */
export type DataOutput = string | { site: string; node: string };

export async function buildData(out: DataOutput = { site: SITE_DATA_DIR, node: NODE_DATA_DIR }, extraReleases: ReleaseInput[] = []): Promise<void> {
	const outDirs = typeof out === 'string' ? { site: out, node: out } : out;
	const started = performance.now();
	const manifest = readManifest();
	const engine: NodeEngine = await openMemoryEngine();
	try {
		const codeListFile = sourceOfKind(manifest.files, 'codeList');
		const codeList = parseCodeList(readFileSync(await resolveSource(codeListFile), 'utf8'), codeListFile.path);
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

		const readings = readingsByCode(codeList);
		for (const m of tables.municipalities) m.kana = readings.get(m.code6 as string) ?? null;
		const boundariesStarted = performance.now();
		const boundaries = await writeBoundaries(manifest.files, tables.municipalities, codeList, tmp.site);
		console.log(`  境界: ${boundaries.size} 都道府県 → boundaries/（${((performance.now() - boundariesStarted) / 1000).toFixed(1)} 秒）`);
		const coverage = checkBoundaryCoverage(tables.municipal_issuance, tables.municipalities, boundaries);
		for (const { prefecture, names } of coverage.withoutData) console.log(`  境界のみ（データなし）: ${prefecture} ${names.join('・')}`);
		if (coverage.errors.length) {
			for (const e of coverage.errors.slice(0, 50)) console.error(e);
			if (coverage.errors.length > 50) console.error(`…ほか ${coverage.errors.length - 50} 件`);
			for (const dir of new Set(Object.values(tmp))) rmSync(dir, { recursive: true, force: true });
			throw new Error(`境界データと市区町村が ${coverage.errors.length} 件合いません。static/data/ は変更していません。`);
		}
		await writeTables(engine, tables, tmp);
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
