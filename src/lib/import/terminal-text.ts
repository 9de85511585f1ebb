/**
 * Text from files (cells, file names, sheet names) made safe to print on a terminal: control
 * characters (C0 but tab, DEL, C1, so ESC sequences too) and the bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, plus U+200E/U+200F/U+061C marks) are shown as \u{…} escapes, so
 * no cell can move the cursor, recolour the terminal, retitle its window or reorder a line.
 * Line breaks between messages are the caller's: apply this to each message, then join.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}}`);
}

/** Lines for the terminal: each escaped, then joined with line breaks. */
export function terminalLines(lines: string[]): string {
	return lines.map(terminalSafe).join('\n');
}
