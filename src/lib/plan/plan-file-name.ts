/** A downloaded plan file's name: whose plan and the day it was saved (`計画_十勝総合振興局_2022-08-01.json`). Pure. */

/** Characters no file system accepts in a name, and spaces, become 「_」. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

/** The day in the device's own time zone (a bureau saves in Japan: its date, not UTC's). */
export function localDay(now: Date): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function planFileName(bureau: string, now: Date): string {
	const who = bureau.replace(UNSAFE, '_').slice(0, 40) || '計画';
	return `計画_${who}_${localDay(now)}.json`;
}
