/**
 * What a header cell means, whatever its exact words or position: 都道府県名, 市区町村名, 団体コード,
 * 人口（R7.1.1時点）, 保有枚数（R7.8末時点）, 交付枚数, 人口に対する保有枚数率, 交付率 and the 基準日
 * columns. The reference date written inside the header text comes with it.
 */
import { dateInText } from '../domain/era-date';

export type ColumnRole = 'prefecture' | 'name' | 'code' | 'population' | 'held' | 'issued' | 'rate' | 'releaseDate' | 'populationBaseDate' | 'cardsBaseDate';

export interface HeaderColumn {
	role: ColumnRole;
	/** 0-based column index in the sheet. */
	index: number;
	/** The header as written (shown in messages). */
	text: string;
	/** The reference date inside the header text (ISO), if any. */
	date: string | null;
}

/** Full-width to half-width and no spaces or line breaks: 「保有枚数\n（Ｒ７．８末時点）」 reads as one. */
export function compactText(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '');
}

export function columnRole(header: string): ColumnRole | null {
	const t = compactText(header);
	if (!t || t.length > 60) return null;
	if (t.includes('基準日')) {
		if (t.startsWith('人口')) return 'populationBaseDate';
		if (/交付|保有|枚数|件数/.test(t)) return 'cardsBaseDate';
		return t === '算出基準日' ? 'releaseDate' : null;
	}
	if (t.includes('率')) return /交付|保有/.test(t) ? 'rate' : null;
	if (/保有(枚数|件数)|保有数/.test(t)) return 'held';
	if (/交付(枚数|件数)|交付数/.test(t)) return 'issued';
	if (t.includes('コード')) return 'code';
	if (t.includes('都道府県')) return 'prefecture';
	if (/市区町村|市町村|団体名/.test(t)) return 'name';
	if (t.includes('人口')) return 'population';
	return null;
}

export type BlockKind = 'municipal' | 'prefectural' | 'national';

export interface MeaningHeader {
	kind: BlockKind;
	measure: 'held' | 'issued';
	columns: Partial<Record<ColumnRole, HeaderColumn>>;
	/** A role found in two columns (which one counts would be a guess): refused. */
	duplicate: { first: HeaderColumn; second: HeaderColumn } | null;
}

/**
 * A header row by meaning: a population column and exactly one measure (保有枚数 or 交付枚数);
 * a name or code column makes it municipal, a prefecture column alone prefectural, neither the
 * national-total block. Null when the row is not such a header.
 */
export function meaningHeader(cells: string[]): MeaningHeader | null {
	const columns: Partial<Record<ColumnRole, HeaderColumn>> = {};
	let duplicate: MeaningHeader['duplicate'] = null;
	cells.forEach((text, index) => {
		const role = columnRole(text);
		if (!role) return;
		const column = { role, index, text: text.trim(), date: dateInText(text) };
		const first = columns[role];
		if (first) duplicate ??= { first, second: column };
		else columns[role] = column;
	});
	if (!columns.population || Boolean(columns.held) === Boolean(columns.issued)) return null;
	const kind: BlockKind = columns.name || columns.code ? 'municipal' : columns.prefecture ? 'prefectural' : 'national';
	return { kind, measure: columns.held ? 'held' : 'issued', columns, duplicate };
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

/** How a column is named in messages: its header and its letter, 「保有枚数（R7.8末時点）（D列）」. */
export function columnLabel(column: HeaderColumn): string {
	return `${column.text.replace(/\s+/g, '')}（${columnLetter(column.index)}列）`;
}
