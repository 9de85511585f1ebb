/**
 * An Arrow result as one array per column: numeric columns without nulls as the typed array Arrow
 * already holds, text columns without nulls decoded once per chunk, anything else cell by cell
 * with the vector's own `get`. A screen that draws every municipality reads these directly: at
 * 100× the rows, one JavaScript object per row cost more than the query itself (README, "Scale").
 */
export interface ArrowVector {
	length: number;
	nullCount: number;
	type: { typeId: number };
	/** The vector's chunks (one per record batch). */
	data: readonly { length: number; nullCount: number; values?: unknown; valueOffsets?: unknown }[];
	get(index: number): unknown;
	toArray(): unknown;
}
export interface ArrowTableLike {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChildAt(index: number): ArrowVector | null;
}

/** A result read column by column: each column of `Row` as an array (typed for numbers without nulls). */
export type Columns<Row> = { [K in keyof Row]: ArrayLike<Row[K]> };

/** Arrow's type ids of Int and Float (apache-arrow `Type.Int`, `Type.Float`), and of Utf8. */
const NUMERIC_TYPE_IDS = new Set([2, 3]);
const UTF8_TYPE_ID = 5;

const decoder = new TextDecoder();

/**
 * A text column without nulls, decoded once per chunk and cut at the UTF-16 positions of its byte
 * offsets (one pass over the bytes), instead of one TextDecoder call per cell. Null if a chunk has
 * nulls or not the usual buffers, so the caller reads cell by cell.
 */
function utf8Column(vector: ArrowVector): string[] | null {
	const out: string[] = new Array(vector.length);
	let k = 0;
	for (const chunk of vector.data) {
		const bytes = chunk.values;
		const offsets = chunk.valueOffsets;
		if (chunk.nullCount !== 0 || !(bytes instanceof Uint8Array) || !(offsets instanceof Int32Array)) return null;
		if (chunk.length === 0) continue;
		const start = offsets[0];
		const end = offsets[chunk.length];
		const text = decoder.decode(bytes.subarray(start, end));
		// ASCII only (codes): one byte per UTF-16 unit, so the byte offsets are the cut points.
		if (text.length === end - start) {
			for (let i = 0; i < chunk.length; i++) out[k++] = text.slice(offsets[i] - start, offsets[i + 1] - start);
			continue;
		}
		// UTF-16 index at each byte that starts a character: continuation bytes (10xxxxxx) add none,
		// a 4-byte sequence (11110xxx) two units (a surrogate pair), any other lead byte one.
		const unitAt = new Int32Array(end - start + 1);
		let unit = 0;
		for (let b = start; b < end; b++) {
			unitAt[b - start] = unit;
			const byte = bytes[b];
			if ((byte & 0xc0) !== 0x80) unit += byte >= 0xf0 ? 2 : 1;
		}
		unitAt[end - start] = unit;
		for (let i = 0; i < chunk.length; i++) out[k++] = text.slice(unitAt[offsets[i] - start], unitAt[offsets[i + 1] - start]);
	}
	return k === vector.length ? out : null;
}

/** One column's values, the same as the vector's `get` gives cell by cell. */
export function columnValues(vector: ArrowVector | null, numRows: number): ArrayLike<unknown> {
	if (!vector) return new Array(numRows).fill(null);
	if (vector.type.typeId === UTF8_TYPE_ID && vector.nullCount === 0) {
		const texts = utf8Column(vector);
		if (texts) return texts;
	}
	// 64-bit integers come as BigInt64Array; their `get` gives the same bigint.
	if (NUMERIC_TYPE_IDS.has(vector.type.typeId) && vector.nullCount === 0) return vector.toArray() as ArrayLike<unknown>;
	const cells: unknown[] = new Array(vector.length);
	for (let i = 0; i < vector.length; i++) cells[i] = vector.get(i);
	return cells;
}

/** Every column of the result by name (a repeated name keeps its last column, as row objects do). */
export function arrowColumns<Row>(table: ArrowTableLike): Columns<Row> {
	const columns: Record<string, ArrayLike<unknown>> = {};
	table.schema.fields.forEach((field, j) => (columns[field.name] = columnValues(table.getChildAt(j), table.numRows)));
	return columns as Columns<Row>;
}
