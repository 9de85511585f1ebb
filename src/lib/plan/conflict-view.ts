/**
 * A conflict as two columns a person can compare: the event it is about, and only the fields
 * that differ (or every field when one side deleted the event).
 */
import { EVENT_KINDS, type PlanEvent } from './events';
import { isDeleted, type CompanyRecord, type PlanRecord } from './revision';
import { deskOf, type Company } from './companies';
import type { MergeConflict } from './merge';
import { formatInteger } from '../domain/format';
import { ja } from '../messages/ja';

export interface ConflictRow {
	label: string;
	local: string;
	incoming: string;
}

const FIELDS: [string, (e: PlanEvent, nameOf: (code6: string) => string) => string][] = [
	['日付', (e) => e.date],
	['開始時刻', (e) => e.time],
	['終了時刻', (e) => e.endTime],
	['市町村', (e, nameOf) => nameOf(e.code6)],
	['種類', (e) => EVENT_KINDS[e.kind]],
	['状況', (e) => e.status],
	['企業等', (e) => e.company],
	['場所', (e) => e.site],
	['会場', (e) => e.venue],
	['ノベルティ', (e) => e.product],
	['名称', (e) => e.title],
	['見込み申請数', (e) => formatInteger(e.expected)],
	['実績申請数', (e) => (e.actual == null ? '—' : formatInteger(e.actual))],
	['単価（円）', (e) => formatInteger(e.unitCost)],
	['数量', (e) => formatInteger(e.quantity)],
	['連絡メモ', (e) => e.contact]
];

const live = (r: PlanRecord): PlanEvent | null => (isDeleted(r) ? null : r);

/** What the conflict is about: the date and town of whichever side still has the event. */
export function conflictTitle(c: MergeConflict, nameOf: (code6: string) => string): string {
	const e = live(c.local) ?? live(c.incoming);
	return e ? `${e.date} ${e.time} ${nameOf(e.code6)}` : c.id;
}

export function conflictRows(c: MergeConflict, nameOf: (code6: string) => string): ConflictRow[] {
	return differingRows(FIELDS, live(c.local), live(c.incoming), nameOf);
}

/** "版 4（2022-07-01 09:30 UTC）" or "削除されています", for the column heads. */
export function sideNote(r: PlanRecord | CompanyRecord): string {
	return isDeleted(r) ? `${ja.planConflictDeleted}（${ja.planConflictVersion(r.version, r.deletedAt)}）` : ja.planConflictVersion(r.version, r.updatedAt);
}

// ── Companies: a company both sides changed, shown the same way. ──

/** A company of the register changed on both sides (merged by the same rules as events). */
/** A company both sides changed: the generic merge's conflict over companies. */
export type CompanyConflict = MergeConflict<Company>;

const COMPANY_FIELDS: [string, (c: Company, nameOf: (code6: string) => string) => string][] = [
	['企業等', (c) => c.name],
	['所在', (c, nameOf) => nameOf(c.code6)],
	['従業員', (c) => (c.employees == null ? '' : formatInteger(c.employees))],
	['連絡先', (c) => c.contact],
	['希望時期', (c) => c.period],
	['状況', (c) => c.status],
	// An empty desk means the site's municipality runs it: shown as the town that will.
	['担当', (c, nameOf) => nameOf(deskOf(c))]
];

const liveCompany = (r: CompanyRecord): Company | null => (isDeleted(r) ? null : r);

/** What the company conflict is about: its name and site municipality, from whichever side still has it. */
export function companyConflictTitle(c: CompanyConflict, nameOf: (code6: string) => string): string {
	const company = liveCompany(c.local) ?? liveCompany(c.incoming);
	return company ? `${company.name}（${nameOf(company.code6)}）` : c.id;
}

export function companyConflictRows(c: CompanyConflict, nameOf: (code6: string) => string): ConflictRow[] {
	return differingRows(COMPANY_FIELDS, liveCompany(c.local), liveCompany(c.incoming), nameOf);
}

function differingRows<T>(fields: [string, (r: T, nameOf: (code6: string) => string) => string][], local: T | null, incoming: T | null, nameOf: (code6: string) => string): ConflictRow[] {
	const rows: ConflictRow[] = [];
	for (const [label, text] of fields) {
		const l = local ? text(local, nameOf) : ja.planConflictDeleted;
		const i = incoming ? text(incoming, nameOf) : ja.planConflictDeleted;
		// Against a deletion, an empty field says nothing: leave it out.
		if (l !== i && !((!local && i === '') || (!incoming && l === ''))) rows.push({ label, local: l || '—', incoming: i || '—' });
	}
	return rows;
}
