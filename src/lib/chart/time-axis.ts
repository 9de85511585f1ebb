/**
 * Time axes are proportional to dates (a four-month gap between releases is four times a one-month
 * gap): dates become UTC instants for d3's scaleUtc, and the axis is labelled at 1 January.
 */
export function utcDate(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** 1 January of every year from `start` to `end` (inclusive), as UTC dates. */
export function yearStarts(start: Date, end: Date): Date[] {
	const out: Date[] = [];
	for (let y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y++) {
		const d = new Date(Date.UTC(y, 0, 1));
		if (d >= start && d <= end) out.push(d);
	}
	return out;
}
