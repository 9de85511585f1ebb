/**
 * One query on a DuckDB-wasm connection as the browser engine runs it (and the bench's scale page,
 * which times it the same way): with parameters, through a prepared statement closed after it.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

export type QueryParams = readonly (string | number | null)[];

/** The query's result as the Arrow table posted from DuckDB's worker. */
export async function arrowTable(connection: AsyncDuckDBConnection, sql: string, params: QueryParams) {
	if (!params.length) return connection.query(sql);
	const statement = await connection.prepare(sql);
	try {
		return await statement.query(...params);
	} finally {
		await statement.close();
	}
}
