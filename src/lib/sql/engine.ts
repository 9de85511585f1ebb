import type { Columns } from './arrow-columns';

/** What a screen, the CLI or a test needs from DuckDB, whichever engine runs underneath. */
export interface QueryEngine {
	query<Row>(sql: string, params?: readonly (string | number | null)[]): Promise<Row[]>;
	close(): Promise<void>;
}

/** An engine that also answers column by column: for results a screen reads whole (every municipality). */
export interface ColumnQueryEngine extends QueryEngine {
	queryColumns<Row>(sql: string, params?: readonly (string | number | null)[]): Promise<Columns<Row>>;
}
