/**
 * A vertical reference line (the national rate across the ranking bars) drawn in pieces that stop
 * short of every label it would cross, so it never strikes through a value.
 */
export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The pieces [y0, y1] of the line at `x` from `top` to `bottom` that miss every box by `pad`. */
export function referenceLineSegments(x: number, top: number, bottom: number, boxes: readonly Box[], pad = 1): [number, number][] {
	const cuts = boxes
		.filter((b) => b.x0 - pad <= x && x <= b.x1 + pad)
		.map((b) => [b.y0 - pad, b.y1 + pad] as const)
		.sort((a, b) => a[0] - b[0]);
	const pieces: [number, number][] = [];
	let from = top;
	for (const [c0, c1] of cuts) {
		if (c0 > from) pieces.push([from, Math.min(c0, bottom)]);
		from = Math.max(from, c1);
		if (from >= bottom) break;
	}
	if (from < bottom) pieces.push([from, bottom]);
	return pieces.filter(([a, b]) => b > a);
}

/**
 * Where a bar's value label starts: just past the bar's end, unless the reference line at `lineX`
 * would run through it, in which case just past the line (the label stays whole and the line unbroken).
 */
export function valueLabelX(barEnd: number, labelWidth: number, lineX: number, gap = 3, pad = 1): number {
	const start = barEnd + gap;
	return start - pad <= lineX && lineX <= start + labelWidth + pad ? lineX + gap + pad : start;
}
