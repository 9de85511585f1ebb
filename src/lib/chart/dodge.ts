/**
 * Moves labels apart along one axis so that no two are closer than `gap`, keeping each as near
 * its anchor as it can (end-of-line labels of a line chart). Returns positions in the input order.
 */
export function dodge(positions: readonly number[], gap: number): number[] {
	const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	// Clusters of labels that touch are centred on their anchors' mean, then merged while they overlap.
	const clusters: { start: number; members: number[]; anchors: number }[] = [];
	for (const { y, i } of order) {
		clusters.push({ start: y, members: [i], anchors: y });
		while (clusters.length > 1) {
			const last = clusters[clusters.length - 1];
			const prev = clusters[clusters.length - 2];
			if (prev.start + prev.members.length * gap <= last.start) break;
			const members = [...prev.members, ...last.members];
			const anchors = prev.anchors + last.anchors;
			clusters.splice(-2, 2, { start: anchors / members.length - ((members.length - 1) * gap) / 2, members, anchors });
		}
	}
	const out = Array<number>(positions.length);
	for (const c of clusters) c.members.forEach((i, k) => (out[i] = c.start + k * gap));
	return out;
}

/** The labels of an axis that keep at least `minDistance` between them, first one always kept. */
export function spacedTicks<T>(ticks: readonly T[], position: (t: T) => number, minDistance: number): T[] {
	const kept: T[] = [];
	for (const t of ticks) if (kept.length === 0 || position(t) - position(kept[kept.length - 1]) >= minDistance) kept.push(t);
	return kept;
}
