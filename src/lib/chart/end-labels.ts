/**
 * End-of-line labels: each label as near its line's end as it can be, no two closer than `gap`
 * (the label's line height), all inside [top, bottom] when they fit there, in the order of their
 * lines; a label moved away from its line's end gets a leader line back to it.
 */
import { dodge } from './dodge';

export interface EndLabel {
	/** Where the line ends (the anchor). */
	anchor: number;
	/** Where the label's baseline-centre goes. */
	y: number;
	/** The label was moved more than `LEADER_MIN` from its anchor: draw a leader line. */
	leader: boolean;
}

/** Labels moved less than this stay beside their line without a leader (it would be a dot). */
export const LEADER_MIN = 2;

export function placeEndLabels(anchors: readonly number[], gap: number, top: number, bottom: number): EndLabel[] {
	const ys = dodge(anchors, gap);
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const n = order.length;
	// Pushed down from the top, up from the bottom, then apart again (only when they cannot all fit).
	order.forEach((o, k) => (o.y = Math.max(o.y, top + k * gap)));
	order.forEach((o, k) => (o.y = Math.min(o.y, bottom - (n - 1 - k) * gap)));
	order.forEach((o, k) => (o.y = k === 0 ? Math.max(o.y, top) : Math.max(o.y, order[k - 1].y + gap)));
	const out = Array<EndLabel>(n);
	for (const { y, i } of order) out[i] = { anchor: anchors[i], y, leader: Math.abs(y - anchors[i]) > LEADER_MIN };
	return out;
}

/** The leader from a line's end at (x0, anchor) to its label at (x1, y): a short elbow, as SVG path data. */
export function leaderPath(x0: number, x1: number, label: EndLabel): string {
	const bend = x0 + (x1 - x0) * 0.4;
	return `M${x0.toFixed(1)},${label.anchor.toFixed(1)}L${bend.toFixed(1)},${label.anchor.toFixed(1)}L${x1.toFixed(1)},${label.y.toFixed(1)}`;
}
