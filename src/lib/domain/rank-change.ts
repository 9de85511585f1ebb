/** How a rank moved between two releases: up (a smaller number), down, or unchanged, and by how many places. */
export interface RankChange {
	direction: 'up' | 'down' | 'same';
	places: number;
}

export function rankChange(before: number, now: number): RankChange {
	if (before === now) return { direction: 'same', places: 0 };
	return before > now ? { direction: 'up', places: before - now } : { direction: 'down', places: now - before };
}
