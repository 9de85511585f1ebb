/**
 * Events as iCalendar (RFC 5545) for the calendar apps staff use. Every text value, the UID
 * included, is escaped (§3.3.11) with CR, LF and CRLF alike becoming \n, and every line is
 * folded at 75 octets without splitting a UTF-8 character (§3.1).
 */
import { EVENT_KINDS, type PlanEvent } from './events';
import { eventDescription, locationOf } from './event-description';

const encoder = new TextEncoder();

/** TEXT escaping: backslash, semicolon, comma; any line break (CRLF, bare CR, bare LF) as \n. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: at most 75 octets per physical line, continuations start with a space. */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
/** DTSTAMP in UTC basic format; updatedAt is validated ISO, anything else falls back to now. */
const stamp = (iso: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(iso) ? iso : new Date().toISOString()).replace(/[-:]/g, '').slice(0, 15) + 'Z';

export function summaryOf(e: PlanEvent, nameOf: (code6: string) => string): string {
	const what = e.kind === 'corporate' ? e.company || EVENT_KINDS.corporate : e.kind === 'offsite' ? e.venue || EVENT_KINDS.offsite : e.title || EVENT_KINDS.other;
	return `${nameOf(e.code6)} ${what}（${e.status}）`;
}

export function eventsIcs(events: PlanEvent[], nameOf: (code6: string) => string): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kofuritsu//Outreach plan//JA', 'CALSCALE:GREGORIAN'];
	// Japan has no daylight saving time: one STANDARD rule describes Asia/Tokyo.
	lines.push('BEGIN:VTIMEZONE', 'TZID:Asia/Tokyo', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'TZNAME:JST', 'END:STANDARD', 'END:VTIMEZONE');
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(`${e.id}@kofuritsu`)}`,
			`DTSTAMP:${stamp(e.updatedAt)}`,
			`DTSTART;TZID=Asia/Tokyo:${compactDate(e.date)}T${e.time.replace(':', '')}00`,
			`DTEND;TZID=Asia/Tokyo:${compactDate(e.date)}T${e.endTime.replace(':', '')}00`,
			`SUMMARY:${escapeText(summaryOf(e, nameOf))}`,
			`LOCATION:${escapeText(locationOf(e, nameOf))}`,
			`DESCRIPTION:${escapeText(eventDescription(e))}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
