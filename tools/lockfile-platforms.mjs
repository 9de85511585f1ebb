// The npm registry reachable on our machines serves only the linux-x64 DuckDB bindings, so
// `npm install` leaves the other platforms out of package-lock.json and `npm ci` then refuses
// the lock. This adds those optional, platform-gated entries back (npm skips them on Linux).
// Run after any `npm install` that rewrites the lock: `node tools/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const bindings = lock.packages['node_modules/@duckdb/node-bindings'];
for (const name of Object.keys(bindings?.optionalDependencies ?? {})) {
	const key = `node_modules/${name}`;
	if (lock.packages[key]) continue;
	const [, os, cpu] = /node-bindings-(\w+)-(\w+)$/.exec(name) ?? [];
	lock.packages[key] = { version: bindings.optionalDependencies[name], cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, '\t') + '\n');
