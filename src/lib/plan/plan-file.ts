/**
 * The plan as a file: JSON with a schema name and version for export and import, events as
 * Excel-safe CSV, and iCalendar for the calendar apps staff use. A broken or foreign file is
 * refused whole, with a message saying what is wrong.
 */
import { EVENT_KINDS, EVENT_STATUSES, noveltyCost, type PlanEvent } from './events';
import { toExcelCsv } from '../domain/excel-csv';

export const PLAN_SCHEMA = 'kofuritsu-plan';
export const PLAN_VERSION = 1;

export interface PlanFile {
	schema: typeof PLAN_SCHEMA;
	version: typeof PLAN_VERSION;
	exportedAt: string;
	budget: number | null;
	events: PlanEvent[];
}

export function toPlanFile(events: PlanEvent[], budget: number | null): string {
	const file: PlanFile = { schema: PLAN_SCHEMA, version: PLAN_VERSION, exportedAt: new Date().toISOString(), budget, events };
	return JSON.stringify(file, null, 2);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const time = /^\d{2}:\d{2}$/;

function checkEvent(e: unknown, i: number, knownCodes: Set<string>): string[] {
	const where = `events[${i}]`;
	if (typeof e !== 'object' || e == null) return [`${where}: 行事のデータではありません`];
	const x = e as Record<string, unknown>;
	const problems: string[] = [];
	const need = (key: string, ok: boolean, expected: string) => ok || problems.push(`${where}.${key}: ${expected}が必要です（「${String(x[key])}」）`);
	need('id', typeof x.id === 'string' && x.id.length > 0, '文字列の ID ');
	need('version', Number.isInteger(x.version) && (x.version as number) >= 0, '0以上の整数');
	need('kind', typeof x.kind === 'string' && x.kind in EVENT_KINDS, '種類（corporate・offsite・other）');
	need('code6', typeof x.code6 === 'string' && knownCodes.has(x.code6), '北海道の市町村の団体コード');
	need('date', typeof x.date === 'string' && isoDate.test(x.date), 'YYYY-MM-DD の日付');
	need('time', typeof x.time === 'string' && time.test(x.time), 'HH:MM の時刻');
	need('status', (EVENT_STATUSES as readonly unknown[]).includes(x.status), '状況（候補・調整中・確定・実施済）');
	for (const key of ['expected', 'unitCost', 'quantity']) need(key, typeof x[key] === 'number' && Number.isFinite(x[key]) && (x[key] as number) >= 0, '0以上の数');
	need('actual', x.actual === null || (typeof x.actual === 'number' && x.actual >= 0), '0以上の数か null ');
	need('subsidyShare', typeof x.subsidyShare === 'number' && x.subsidyShare >= 0 && x.subsidyShare <= 1, '0〜1の割合');
	for (const key of ['contact', 'company', 'site', 'venue', 'product', 'title', 'updatedAt']) need(key, typeof x[key] === 'string', '文字列');
	return problems;
}

/** Parses an exported plan; throws one Japanese message listing what is wrong. */
export function parsePlanFile(fileName: string, text: string, knownCodes: Set<string>): PlanFile {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new Error(`${fileName}: JSON として読めません（壊れているか、計画ファイルではありません）`);
	}
	const file = data as Partial<PlanFile>;
	if (file?.schema !== PLAN_SCHEMA) throw new Error(`${fileName}: Kofuritsu の計画ファイルではありません（schema が "${PLAN_SCHEMA}" ではありません）`);
	if (file.version !== PLAN_VERSION) throw new Error(`${fileName}: 計画ファイルの版 ${String(file.version)} は読めません（この版が読めるのは ${PLAN_VERSION}）`);
	if (!Array.isArray(file.events)) throw new Error(`${fileName}: events がありません`);
	const problems = file.events.flatMap((e, i) => checkEvent(e, i, knownCodes));
	if (file.budget != null && !(typeof file.budget === 'number' && file.budget >= 0)) problems.push('budget: 0以上の数か null が必要です');
	if (problems.length) throw new Error(`${fileName}: ${problems.slice(0, 10).join('、')}${problems.length > 10 ? ` ほか${problems.length - 10}件` : ''}`);
	return file as PlanFile;
}

export function eventsCsv(events: PlanEvent[], nameOf: (code6: string) => string, bureauOf: (code6: string) => string): string {
	const header = ['日付', '時刻', '振興局', '市町村', '種類', '状況', '企業等', '場所', '会場', 'ノベルティ', '単価(円)', '数量', '費用(円)', '国の補助(円)', '市町村負担(円)', '見込み申請数', '実績申請数', '連絡メモ'];
	const rows = [...events]
		.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))
		.map((e) => {
			const cost = noveltyCost(e);
			return [e.date, e.time, bureauOf(e.code6), nameOf(e.code6), EVENT_KINDS[e.kind], e.status, e.company, e.site, e.venue, e.product, e.unitCost, e.quantity, cost.total, cost.subsidy, cost.local, e.expected, e.actual, e.contact];
		});
	return toExcelCsv(header, rows);
}

/** iCalendar text escaping (RFC 5545 §3.3.11). */
const icsText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

export function eventsIcs(events: PlanEvent[], nameOf: (code6: string) => string): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kofuritsu//Outreach plan//JA', 'CALSCALE:GREGORIAN'];
	for (const e of events) {
		const start = `${e.date.replaceAll('-', '')}T${e.time.replace(':', '')}00`;
		const [h, m] = e.time.split(':').map(Number);
		const endTime = `${String(Math.min(23, h + 2)).padStart(2, '0')}${String(m).padStart(2, '0')}00`;
		const summary = `${nameOf(e.code6)} ${e.kind === 'corporate' ? e.company || EVENT_KINDS.corporate : e.kind === 'offsite' ? e.venue || EVENT_KINDS.offsite : e.title || EVENT_KINDS.other}（${e.status}）`;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.id}@kofuritsu`,
			`DTSTAMP:${e.updatedAt.replace(/[-:]/g, '').slice(0, 15)}Z`,
			`DTSTART;TZID=Asia/Tokyo:${start}`,
			`DTEND;TZID=Asia/Tokyo:${e.date.replaceAll('-', '')}T${endTime}`,
			`SUMMARY:${icsText(summary)}`,
			`DESCRIPTION:${icsText(`${EVENT_KINDS[e.kind]}。見込み申請 ${e.expected} 件。${e.contact}`)}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.join('\r\n') + '\r\n';
}
