/** Properties of the merge and the iCalendar export over generated edit histories and text. */
import { eventDescription } from './event-description';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newEvent, type PlanEvent } from './events';
import { mergePlans } from './merge';
import { contentHash, isDeleted, revOf, successor, tombstoneOf, type PlanRecord } from './revision';
import { eventsIcs } from './ics';
import { parseIcs, unescapeText } from '../../../tests/support/ics-check';

const T = '2099-07-01T00:00:00.000Z';
const base: PlanEvent = { ...newEvent('011002', '2099-08-10'), id: 'a', version: 1, updatedAt: T };
/** A side's history from the common base: a list of edits (new expected counts) and maybe a deletion. */
const sideArb = fc.record({ edits: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }), deleted: fc.boolean() });
function play(side: { edits: number[]; deleted: boolean }): PlanRecord {
	let r: PlanRecord = base;
	for (const expected of side.edits) r = successor(r as PlanEvent, { ...(r as PlanEvent), expected }, T);
	return side.deleted ? tombstoneOf(r, T) : r;
}

describe('merge properties', () => {
	it('never loses a change without a choice', () => {
		fc.assert(
			fc.property(sideArb, sideArb, (a, b) => {
				const local = play(a);
				const incoming = play(b);
				const result = mergePlans([local], [incoming]);
				const merged = result.records[0];
				if (result.conflicts.length) {
					// Until chosen, the local side stays, and both sides differ in content.
					expect(merged).toBe(local);
					expect(contentHash(local)).not.toBe(contentHash(incoming));
					return;
				}
				// Without a conflict the result is one side, and the other side is in its past or says the same.
				const other = merged === local ? incoming : local;
				expect([local, incoming]).toContain(merged);
				expect(merged.history.includes(revOf(other)) || revOf(merged) === revOf(other) || contentHash(merged) === contentHash(other)).toBe(true);
			})
		);
	});

	it('is symmetric about whether there is a conflict', () => {
		fc.assert(
			fc.property(sideArb, sideArb, (a, b) => {
				expect(mergePlans([play(a)], [play(b)]).conflicts.length).toBe(mergePlans([play(b)], [play(a)]).conflicts.length);
			})
		);
	});

	it('a deletion of an unchanged event always wins, an edit against a deletion always asks', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), (edits) => {
				const gone = tombstoneOf(base, T);
				expect(isDeleted(mergePlans([base], [gone]).records[0])).toBe(true);
				const edited = play({ edits, deleted: false });
				expect(mergePlans([edited], [gone]).conflicts).toHaveLength(1);
			})
		);
	});
});

describe('iCalendar properties', () => {
	it('any text in any field comes back exactly, with no property added', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 80 }), (contact, venue) => {
				const e: PlanEvent = { ...base, kind: 'offsite', contact, venue };
				const [vevent] = parseIcs(eventsIcs([e], () => '架空市')).components.filter((c) => c.name === 'VEVENT');
				expect(vevent.properties.map((p) => p.name)).toEqual(['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION']);
				const description = unescapeText(vevent.properties.find((p) => p.name === 'DESCRIPTION')!.value);
				expect(description).toBe(eventDescription({ ...e, contact: contact.replace(/\r\n|\r|\n/g, '\n') }));
				expect(description.endsWith(contact ? `連絡先・メモ: ${contact.replace(/\r\n|\r|\n/g, '\n')}` : '見込み申請数: 0件')).toBe(true);
				expect(unescapeText(vevent.properties.find((p) => p.name === 'LOCATION')!.value)).toBe(['架空市', venue].filter(Boolean).join(' ').replace(/\r\n|\r|\n/g, '\n'));
			}),
			{ numRuns: 300 }
		);
	});
});
