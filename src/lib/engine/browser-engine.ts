/**
 * DuckDB-wasm in the browser, self-hosted: the wasm and worker files are served by the site
 * itself (Vite `?url`), extensions are never fetched, and the tables come from the site's Arrow IPC files (/data/<table>.arrow).
 * Imported dynamically; the worker and the tables may have been started earlier (engine-prestart.ts).
 */
import { readCsvAsTextSql } from '../sql/import-queries';
import * as duckdb from '@duckdb/duckdb-wasm';
import { prestartEngine, type EnginePrestart } from './engine-prestart';
import type { ColumnQueryEngine } from '../sql/engine';
import { arrowRows } from '../sql/arrow-rows';
import { arrowColumns } from '../sql/arrow-columns';
import { LOCKDOWN_SETTINGS } from '../sql/lockdown';
import { markStartupSteps } from './startup-timings';
import { arrowTable, type QueryParams } from './duckdb-query';

export interface AdHocResult {
	columns: { name: string; type: string }[];
	rows: (string | number | boolean | null)[][];
	/** Rows the query returned; only the first `maxRows` are kept. */
	rowCount: number;
}

export interface BrowserEngine extends ColumnQueryEngine {
	db: duckdb.AsyncDuckDB;
	/**
	 * Runs analyst-written SQL and returns display-ready cells (dates as YYYY-MM-DD), read batch by
	 * batch: the first `maxRows` rows are kept, the rest only counted. Columns are read by position,
	 * so `SELECT 1 AS a, 2 AS a` keeps both.
	 */
	adHoc(sql: string, maxRows: number, signal?: AbortSignal): Promise<AdHocResult>;
	/** Asks DuckDB to stop the query `adHoc` is running (true if one was stopped). */
	cancel(): Promise<boolean>;
	/** Turns off every way out of the engine (files, URLs, extensions) and locks the configuration. */
	lockDown(): Promise<void>;
	/** read_csv on UTF-8 text, every column as text, header on line 1: how imports are read. */
	readCsvText(text: string): Promise<{ header: string[]; rows: Record<string, string | null>[] }>;
	/** Runs statements in one transaction; rolls back on the first failure. */
	transaction(statements: string[]): Promise<void>;
	/**
	 * Whether a transaction has changed the tables since the start (an import in this browser):
	 * until then they are the build's, whose release lists the pages already have.
	 */
	readonly changedSinceStart: boolean;
}


/** Arrow values to what a table cell shows: dates as ISO text, big integers as numbers. */
function cellValue(value: unknown, type: string): string | number | boolean | null {
	if (value == null) return null;
	if (/^Date/.test(type)) return new Date(value as number).toISOString().slice(0, 10);
	if (/^Timestamp/.test(type)) return new Date(value as number).toISOString().replace('T', ' ').slice(0, 19);
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
	return String(value);
}

/** A wasm that cannot be fetched makes DuckDB's worker fail silently; never wait longer than this. */
const START_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(message)), ms);
		promise.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

/**
 * Starts DuckDB-wasm with the site's tables. `prestarted` is the worker and table downloads a page
 * started before hydration (engine-prestart.ts); without it they start here.
 */
export async function startBrowserEngine(options: { marks?: boolean } = {}, prestarted?: EnginePrestart): Promise<BrowserEngine> {
	// Start-up marks are read by `npm run bench`; 探索's sandbox engine leaves them to the app's.
	const mark = (name: string) => options.marks !== false && performance.mark(name);
	if (!prestarted) mark('duckdb-start');
	// The worker's own steps (wasm read, compiled, instantiated) on this page's timeline, for the bench;
	// the listener ends with the worker's last step, or here if the start fails before it.
	const stopStepMarks = options.marks !== false ? markStartupSteps() : () => {};
	const { worker, failed, wasm, tables: arrowStreams } = prestarted ?? prestartEngine();
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await withTimeout(Promise.race([db.instantiate(wasm), failed]), START_TIMEOUT_MS, 'DuckDB の起動が時間内に終わりませんでした');
	} catch (error) {
		stopStepMarks();
		worker.terminate();
		throw error;
	}
	mark('duckdb-instantiated');
	await db.open({ query: { castBigIntToDouble: true } });
	mark('duckdb-opened');
	const connection = await db.connect();
	// LGWAN: nothing may be fetched from outside the site, extensions included.
	await connection.query(`SET autoinstall_known_extensions = false`);
	await connection.query(`SET autoload_known_extensions = false`);

	const tables = await arrowStreams;
	mark('duckdb-tables-fetched');
	// One call per table: the stream, written by DuckDB from the declared types, creates the table
	// with those types (tests/integration/arrow-tables.spec.ts). Parsing the CSV took ~0.3 s more.
	for (const [table, stream] of tables) await connection.insertArrowFromIPCStream(stream, { name: table });
	mark('duckdb-tables-loaded');

	let readCount = 0;
	let changedSinceStart = false;
	return {
		get changedSinceStart() {
			return changedSinceStart;
		},
		db,
		query: <Row>(sql: string, params: QueryParams = []) => arrowTable(connection, sql, params).then((table) => arrowRows<Row>(table)),
		// Column by column: a result read whole, without an object per row.
		queryColumns: <Row>(sql: string, params: QueryParams = []) => arrowTable(connection, sql, params).then((table) => arrowColumns<Row>(table)),
		async adHoc(sql: string, maxRows: number, signal?: AbortSignal) {
			const reader = await connection.send(sql, true);
			let columns: AdHocResult['columns'] = [];
			const rows: AdHocResult['rows'] = [];
			let rowCount = 0;
			for await (const batch of reader) {
				// DuckDB's cancel stops a query still computing; one already streaming rows stops here.
				signal?.throwIfAborted();
				columns = batch.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
				const vectors = columns.map((_, j) => batch.getChildAt(j));
				for (let i = 0; i < batch.numRows && rows.length < maxRows; i++) rows.push(columns.map((c, j) => cellValue(vectors[j]?.get(i), c.type)));
				rowCount += batch.numRows;
			}
			if (!columns.length) columns = reader.schema?.fields.map((f) => ({ name: f.name, type: String(f.type) })) ?? [];
			return { columns, rows, rowCount };
		},
		cancel: () => connection.cancelSent(),
		async lockDown() {
			for (const statement of LOCKDOWN_SETTINGS) await connection.query(statement);
		},
		async readCsvText(text: string) {
			const name = `read-${++readCount}.csv`;
			await db.registerFileText(name, text);
			try {
				const table = await connection.query(readCsvAsTextSql(name));
				const header = table.schema.fields.map((f) => f.name);
				return { header, rows: table.toArray().map((row) => row.toJSON() as Record<string, string | null>) };
			} finally {
				await db.dropFile(name);
			}
		},
		async transaction(statements: string[]) {
			await connection.query('BEGIN TRANSACTION');
			try {
				for (const statement of statements) await connection.query(statement);
				changedSinceStart = true; // before COMMIT: a failed commit may still have changed them
				await connection.query('COMMIT');
			} catch (error) {
				await connection.query('ROLLBACK');
				throw error;
			}
		},
		async close() {
			await connection.close();
			await db.terminate();
			worker.terminate();
		}
	};
}
