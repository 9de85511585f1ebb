/**
 * CSV text to a grid of cells, every line kept (title lines, blank lines, several tables one
 * above the other), so tables are found by their header wherever it is. RFC 4180 quoting: a
 * quoted cell may hold commas, doubled quotes and line breaks. The text has passed checkCsvShape.
 */
export function csvGrid(text: string): string[][] {
	const grid: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			grid.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell !== '' || row.length) grid.push([...row, cell]);
	return grid.map((cells) => cells.map((c) => c.trim()));
}
