/**
 * Parsed files grouped by the release they are for, with the checks that need the whole group:
 * a readable 算出基準日 not after today, one file per table kind, and the three tables a new
 * release needs. Shared by `npm run import` and the browser import so both judge alike.
 */
import { ja } from '../messages/ja';
import { SOURCE_FILE_OF_KIND, COLUMNS_OF_KIND, type TableKind } from '../domain/issuance-tables';
import type { ParsedFile } from './parse-file';
import { LINE_KEY } from './sheet-table';
import { FIRST_CARD_DATE } from '../domain/validate-release';

/** A new release needs these three to be drawn and ranked; the age/sex table is optional. */
export const REQUIRED_FOR_NEW_RELEASE: TableKind[] = ['municipal', 'prefectural', 'byKind'];
/** A release of 保有枚数 alone (MIC's monthly file since 2023-06 holds no 交付枚数) needs its municipal and prefectural tables. */
export const REQUIRED_FOR_NEW_HELD_RELEASE: TableKind[] = ['municipalHeld', 'prefecturalHeld'];

export function groupByRelease(parsed: ParsedFile[], today: string): { groups: Map<string, ParsedFile[]>; errors: string[] } {
	const groups = new Map<string, ParsedFile[]>();
	const errors: string[] = [];
	for (const file of parsed) {
		const column = COLUMNS_OF_KIND[file.kind].releaseDate;
		const line = Number(file.rows[0]?.[LINE_KEY] ?? 2);
		if (!file.releaseDate) errors.push(ja.rowError(file.fileName, line, column, ja.badDate(file.rows[0]?.[column] ?? '')));
		else if (file.releaseDate < FIRST_CARD_DATE) errors.push(ja.rowError(file.fileName, line, column, ja.releaseBeforeCards(file.releaseDate)));
		else if (file.releaseDate > today) errors.push(ja.rowError(file.fileName, line, column, ja.futureRelease(file.releaseDate, today)));
		else groups.set(file.releaseDate, [...(groups.get(file.releaseDate) ?? []), file]);
	}
	for (const [releaseDate, files] of groups) {
		const kinds = files.map((f) => f.kind);
		const twice = files.filter((f, i) => kinds.indexOf(f.kind) !== i);
		if (!twice.length) continue;
		errors.push(...twice.map((f) => ja.fileError(f.fileName, `${releaseDate} の ${SOURCE_FILE_OF_KIND[f.kind]} に当たる表が他のファイルと重複しています`)));
		groups.delete(releaseDate);
	}
	return { groups, errors };
}

/** For a release the site does not hold yet: the required tables missing from the group, as one message (or null). */
export function missingForNewRelease(releaseDate: string, files: ParsedFile[]): string | null {
	const missingOf = (kinds: TableKind[]) => kinds.filter((kind) => !files.some((f) => f.kind === kind));
	const onlyHeld = files.every((f) => f.kind === 'municipalHeld' || f.kind === 'prefecturalHeld');
	if (onlyHeld) {
		const held = missingOf(REQUIRED_FOR_NEW_HELD_RELEASE);
		return held.length ? ja.heldReleaseMissingTables(releaseDate, held.map((k) => SOURCE_FILE_OF_KIND[k])) : null;
	}
	const missing = missingOf(REQUIRED_FOR_NEW_RELEASE);
	return missing.length
		? `${releaseDate}: 新しい公表日には ${missing.map((k) => SOURCE_FILE_OF_KIND[k]).join('、')} に当たる表も必要です（市区町村別・都道府県別・団体区分別の3表）`
		: null;
}
