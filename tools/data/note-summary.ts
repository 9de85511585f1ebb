/**
 * What `npm run data` prints of its notes: the many "filled-in municipality code" notes (one per
 * row, ~80 on the real data) as one line with their count; every note when asked (`--verbose` or
 * DEBUG). The full list is kept in static/data/build-info.json either way.
 */
import { ja } from '../../src/lib/messages/ja';

/** Recognises ja.resolvedMissingCode's text (the spec builds its input from that message). */
const RESOLVED_MISSING_CODE = /団体コードが「<NA>」のため、.+をマスタから補いました$/;

export function noteLines(notes: readonly string[], verbose: boolean): string[] {
	if (verbose) return [...notes];
	const resolved = notes.filter((n) => RESOLVED_MISSING_CODE.test(n));
	const others = notes.filter((n) => !RESOLVED_MISSING_CODE.test(n));
	return resolved.length ? [ja.resolvedMissingCodeSummary(resolved.length), ...others] : others;
}
