/**
 * Where each input comes from: the mirror folder when there is one, else a git-ignored
 * download cache, else the public URL (downloaded into the cache).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from '../../src/lib/server/paths';
import { ja } from '../../src/lib/messages/ja';

export type SourceKind =
	| 'municipal'
	| 'prefectural'
	| 'byKind'
	| 'demographics'
	/** One prefecture's municipal boundaries (N03), with `prefecture` its two-digit code. */
	| 'municipalBoundaries'
	| 'prefectureBoundaries'
	| 'municipalityMaster'
	/** MIC's code list with readings: designated cities and kana. */
	| 'codeList';

export interface SourceFile {
	kind: SourceKind;
	release?: string;
	/** Two-digit prefecture code, for municipalBoundaries. */
	prefecture?: string;
	path: string;
	url: string;
	licence: 'mic' | 'mlit' | 'micCodes';
}

export interface SourceManifest {
	licences: Record<string, { source: string; licence: string; credit?: string }>;
	files: SourceFile[];
}

export const MANIFEST_PATH = resolve(ROOT, 'data/sources.json');
export const CACHE_DIR = resolve(ROOT, 'data/cache');

export function readManifest(): SourceManifest {
	return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
}

export function mirrorDir(): string | null {
	const configured = process.env.KOFURITSU_MIRROR;
	if (configured) return resolve(configured);
	const sibling = resolve(ROOT, '../shared/data-mirror');
	return existsSync(sibling) ? sibling : null;
}

export class MissingSourceError extends Error {}

/** Local path of a source file, downloading it into the cache when neither mirror nor cache holds it. */
export async function resolveSource(file: SourceFile): Promise<string> {
	const mirror = mirrorDir();
	if (mirror) {
		const inMirror = resolve(mirror, file.path);
		if (existsSync(inMirror)) return inMirror;
	}
	const cached = resolve(CACHE_DIR, file.path);
	if (existsSync(cached)) return cached;
	try {
		const response = await fetch(file.url, { signal: AbortSignal.timeout(30_000) });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		mkdirSync(dirname(cached), { recursive: true });
		writeFileSync(cached, bytes);
		return cached;
	} catch (error) {
		throw new MissingSourceError(ja.missingSource(file.path, file.url) + ` [${(error as Error).message}]`);
	}
}
