/** What a screen, the CLI or a test needs from DuckDB, whichever engine runs underneath. */
export interface QueryEngine {
	query<Row>(sql: string, params?: readonly (string | number | null)[]): Promise<Row[]>;
	close(): Promise<void>;
}
