/**
 * A small RFC 5545 reader for tests: checks the physical lines (CRLF only, at most 75 octets,
 * continuations start with a space), unfolds them, splits name, parameters and value, unescapes
 * TEXT values and returns the components. Throws on anything it cannot read.
 */
export interface IcsProperty {
	name: string;
	params: string;
	value: string;
}
export interface IcsComponent {
	name: string;
	properties: IcsProperty[];
	components: IcsComponent[];
}

const encoder = new TextEncoder();

export function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])|\\(.)|([;,])/g, (_, known: string, unknown: string, bare: string) => {
		if (unknown !== undefined) throw new Error(`不正なエスケープ \\${unknown}`);
		if (bare !== undefined) throw new Error(`エスケープされていない「${bare}」`);
		return known === 'n' || known === 'N' ? '\n' : known;
	});
}

export function parseIcs(text: string): IcsComponent {
	if (!text.endsWith('\r\n')) throw new Error('CRLF で終わっていません');
	const physical = text.slice(0, -2).split('\r\n');
	for (const [i, line] of physical.entries()) {
		if (/[\r\n]/.test(line)) throw new Error(`${i + 1}行目: CR か LF が単独であります`);
		if (encoder.encode(line).length > 75) throw new Error(`${i + 1}行目: 75オクテットを超えています`);
	}
	const logical: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ') || line.startsWith('\t')) {
			if (!logical.length) throw new Error('最初の行が継続行です');
			logical[logical.length - 1] += line.slice(1);
		} else logical.push(line);
	}
	const root: IcsComponent = { name: '', properties: [], components: [] };
	const stack = [root];
	for (const line of logical) {
		// The s flag: U+2028 and U+2029 are valid TEXT characters, not line ends, in iCalendar.
		const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/s.exec(line);
		if (!m) throw new Error(`読めない行: ${line}`);
		const [, name, params, value] = m;
		const top = stack[stack.length - 1];
		if (name === 'BEGIN') {
			const child = { name: value, properties: [], components: [] };
			top.components.push(child);
			stack.push(child);
		} else if (name === 'END') {
			if (top.name !== value) throw new Error(`END:${value} が BEGIN:${top.name} と合いません`);
			stack.pop();
		} else top.properties.push({ name, params, value });
	}
	if (stack.length !== 1 || root.components.length !== 1) throw new Error('BEGIN と END が対応していません');
	return root.components[0];
}
