/**
 * Events as a CSV groupware imports as appointments: the Japanese Outlook column names
 * (件名, 開始日, 開始時刻, 終了日, 終了時刻, 場所, 説明), dates as YYYY/MM/DD and times as HH:MM,
 * UTF-8 with BOM and CRLF, cells that would start a formula made harmless (excel-csv.ts).
 */
import type { PlanEvent } from './events';
import { summaryOf } from './ics';
import { eventDescription, locationOf } from './event-description';
import { toExcelCsv } from '../domain/excel-csv';

export const GROUPWARE_COLUMNS = ['件名', '開始日', '開始時刻', '終了日', '終了時刻', '場所', '説明'] as const;

const slashDate = (date: string) => date.replaceAll('-', '/');

export function groupwareCsv(events: readonly PlanEvent[], nameOf: (code6: string) => string): string {
	const rows = events.map((e) => [summaryOf(e, nameOf), slashDate(e.date), e.time, slashDate(e.date), e.endTime, locationOf(e, nameOf), eventDescription(e)]);
	return toExcelCsv(GROUPWARE_COLUMNS, rows);
}
