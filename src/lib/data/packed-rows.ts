/**
 * Rows of one shape packed as columns (`{ keys, columns }`): the same values without every
 * row repeating its keys, so all releases' map views fit in one file (/views/map-all.json).
 */
export interface PackedRows {
	keys: string[];
	columns: unknown[][];
}

export function packRows<Row extends object>(rows: readonly Row[]): PackedRows {
	const keys = rows.length ? Object.keys(rows[0]) : [];
	return { keys, columns: keys.map((key) => rows.map((row) => (row as Record<string, unknown>)[key])) };
}

export function unpackRows<Row>(packed: PackedRows): Row[] {
	const length = packed.columns[0]?.length ?? 0;
	const rows: Row[] = new Array(length);
	for (let i = 0; i < length; i++) {
		const row: Record<string, unknown> = {};
		packed.keys.forEach((key, j) => (row[key] = packed.columns[j][i]));
		rows[i] = row as Row;
	}
	return rows;
}
