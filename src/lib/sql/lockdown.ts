/**
 * The settings that keep a DuckDB engine inside the site — no files, no URLs, no extensions —
 * then the lock that keeps them (DuckDB 1.4): after it, `SET autoinstall_known_extensions = true`
 * and every other SET fail. Run by 探索's sandbox engine once its tables are loaded.
 */
export const LOCKDOWN_SETTINGS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET allow_community_extensions = false',
	'SET allow_unsigned_extensions = false',
	'SET enable_external_access = false',
	'SET lock_configuration = true'
] as const;
