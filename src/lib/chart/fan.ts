/** A projection fan as SVG path data: the band between low and high, and the dashed centre line. */
export interface FanPointXY {
	x: number;
	low: number;
	mid: number;
	high: number;
}

/** The band: along the high bound forwards, back along the low bound; '' for no points. */
export function fanBandPath(points: readonly FanPointXY[]): string {
	if (points.length === 0) return '';
	const f = (n: number) => n.toFixed(1);
	const top = points.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)},${f(p.high)}`).join('');
	const bottom = [...points].reverse().map((p) => `L${f(p.x)},${f(p.low)}`).join('');
	return `${top}${bottom}Z`;
}

/** A polyline through (x, y) pairs. */
export function linePath(points: readonly { x: number; y: number }[]): string {
	return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}
