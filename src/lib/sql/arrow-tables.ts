/**
 * Tables loaded from Arrow IPC streams (`/data/<table>.arrow`, written at build): the stream is
 * inserted into a staging table, then copied into the table created with the declared types, so
 * the schema stays the one in schema.ts whatever Arrow types the stream carries.
 */
import type { TableName } from './schema';

export const ARROW_STAGING_SUFFIX = '__arrow';

/** Copies the staging table into the declared one (columns by position), then drops it. */
export function insertFromArrowStagingSql(table: TableName): string[] {
	return [`INSERT INTO ${table} SELECT * FROM ${table}${ARROW_STAGING_SUFFIX}`, `DROP TABLE ${table}${ARROW_STAGING_SUFFIX}`];
}
