/**
 * data/imported/ changed all or nothing. An import stages every release it writes in
 * `.staging-<pid>/`, then writes a journal (`.commit-<pid>.json`, by rename, so it exists whole
 * or not at all) and renames each staged release into place. A process killed before the journal
 * leaves only staging, which the next start deletes; killed after it, the next start finishes
 * the renames. So whatever moment an import dies, the store is exactly as before or exactly as
 * after, and no scratch folder survives the next start.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const STAGING = '.staging-';
const OLD = '.old-';
const JOURNAL = '.commit-';
const WORK = '.work-';

/** One release folder (YYYYMMDD) and the files to write into it; files not named are kept. */
export interface ReleaseWrite {
	dir: string;
	files: { name: string; text: string }[];
}

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const pidOf = (name: string, prefix: string) => Number(name.slice(prefix.length).split(/[.-]/)[0]);

/** Finishes a committed import, or clears what an uncommitted one left. Safe to run at any time. */
export function recoverImportedStore(store: string): string[] {
	if (!existsSync(store)) return [];
	const done: string[] = [];
	const names = readdirSync(store);
	for (const name of names.filter((n) => n.startsWith(JOURNAL) && n.endsWith('.json'))) {
		const pid = pidOf(name, JOURNAL);
		if (pid !== process.pid && alive(pid)) continue;
		const dirs: string[] = JSON.parse(readFileSync(join(store, name), 'utf8'));
		applyRenames(store, pid, dirs);
		done.push(...dirs);
	}
	for (const name of readdirSync(store)) {
		// What importers before the journal left: half-written "*.tmp" files, and folders holding nothing else.
		const path = join(store, name);
		if (/^\d{8}$/.test(name) && statSync(path).isDirectory()) {
			for (const file of readdirSync(path).filter((f) => f.endsWith('.tmp'))) rmSync(join(path, file), { force: true });
			if (readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
			continue;
		}
		const prefix = [STAGING, OLD, WORK, JOURNAL].find((p) => name.startsWith(p));
		if (!prefix) continue;
		const pid = pidOf(name, prefix);
		if (pid === process.pid || !alive(pid)) rmSync(join(store, name), { recursive: true, force: true });
	}
	return done;
}

function applyRenames(store: string, pid: number, dirs: string[]): void {
	const staging = join(store, `${STAGING}${pid}`);
	for (const dir of dirs) {
		const staged = join(staging, dir);
		if (!existsSync(staged)) continue; // already in place
		const target = join(store, dir);
		const old = join(store, `${OLD}${pid}-${dir}`);
		if (existsSync(target)) {
			rmSync(old, { recursive: true, force: true });
			renameSync(target, old);
		}
		renameSync(staged, target);
	}
	for (const dir of dirs) rmSync(join(store, `${OLD}${pid}-${dir}`), { recursive: true, force: true });
	rmSync(staging, { recursive: true, force: true });
	rmSync(join(store, `${JOURNAL}${pid}.json`), { force: true });
}

/** A scratch folder inside the store, removed by the caller, or by the next start if the process dies. */
export function workFolder(store: string): string {
	const dir = join(store, `${WORK}${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** Writes every release of one import, all or nothing (see above). */
export function commitReleases(store: string, writes: ReleaseWrite[]): void {
	if (writes.length === 0) return;
	const pid = process.pid;
	const staging = join(store, `${STAGING}${pid}`);
	rmSync(staging, { recursive: true, force: true });
	for (const { dir, files } of writes) {
		const staged = join(staging, dir);
		mkdirSync(staged, { recursive: true });
		// A release keeps the tables this import does not replace.
		const current = join(store, dir);
		if (existsSync(current)) for (const name of readdirSync(current)) copyFileSync(join(current, name), join(staged, name));
		for (const { name, text } of files) writeFileSync(join(staged, name), text);
	}
	const journal = join(store, `${JOURNAL}${pid}.json`);
	writeFileSync(`${journal}.tmp`, JSON.stringify(writes.map((w) => w.dir)));
	renameSync(`${journal}.tmp`, journal);
	applyRenames(store, pid, writes.map((w) => w.dir));
}
