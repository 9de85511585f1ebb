/**
 * An Arrow result as plain row objects, column by column: the same values as
 * `table.toArray().map((row) => row.toJSON())` (each cell read with the vector's own `get`),
 * without a row proxy per row. Numeric columns without nulls are copied whole, text columns decoded
 * once per chunk (arrow-columns.ts). At 100× the rows the map's query returns ~18,000 rows, where
 * the proxies cost more than the query itself.
 */
import { columnValues, type ArrowTableLike } from './arrow-columns';

export type { ArrowTableLike } from './arrow-columns';

export function arrowRows<Row>(table: ArrowTableLike): Row[] {
	const names = table.schema.fields.map((field) => field.name);
	// Each column as one array first, so the row loop below only indexes arrays.
	const columns = names.map((_, j) => columnValues(table.getChildAt(j), table.numRows));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {};
		for (let j = 0; j < names.length; j++) row[names[j]] = columns[j][i];
		rows[i] = row as Row;
	}
	return rows;
}
