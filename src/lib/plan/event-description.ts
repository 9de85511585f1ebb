/** An event told in a few plain lines, for the calendar apps and groupware the staff import it into. */
import { EVENT_KINDS, placeOf, type PlanEvent } from './events';
import { formatInteger } from '../domain/format';
import { ja } from '../messages/ja';

/** 「帯広市 架空会場」: the municipality, then the site or venue. */
export const locationOf = (e: PlanEvent, nameOf: (code6: string) => string) => [nameOf(e.code6), placeOf(e)].filter(Boolean).join(' ');

/** Type, status, company (corporate) or venue and novelty (off-site), expected applicants, contact note: one per line, empty ones left out. */
export function eventDescription(e: PlanEvent): string {
	const lines = [
		`${ja.eventLineKind}: ${EVENT_KINDS[e.kind]}`,
		`${ja.eventLineStatus}: ${e.status}`,
		e.kind === 'corporate' && e.company ? `${ja.eventLineCompany}: ${e.company}` : '',
		// An off-site desk's novelty: what to bring, at what price, how many (the desk prepares from this alone).
		e.kind === 'offsite' && e.venue ? `${ja.eventLineVenue}: ${e.venue}` : '',
		e.kind === 'offsite' ? `${ja.eventLineProduct}: ${e.product || '—'}` : '',
		e.kind === 'offsite' ? `${ja.eventLineUnitCost}: ${formatInteger(e.unitCost)}円` : '',
		e.kind === 'offsite' ? `${ja.eventLineQuantity}: ${formatInteger(e.quantity)}` : '',
		`${ja.eventLineExpected}: ${formatInteger(e.expected)}${ja.eventLineUnit}`,
		e.contact ? `${ja.eventLineContact}: ${e.contact}` : ''
	];
	return lines.filter(Boolean).join('\n');
}
