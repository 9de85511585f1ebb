/**
 * Tile map layout: one equal square per municipality, in the grid cell nearest its real
 * position that is still free. Municipalities are placed from the centre outwards, so the
 * crowded middle keeps its shape and the coasts give way.
 */
export interface TilePoint {
	id: string;
	x: number;
	y: number;
}
export interface TilePlacement {
	id: string;
	col: number;
	row: number;
}

export function layoutTiles(points: TilePoint[], cellSize: number): TilePlacement[] {
	if (points.length === 0) return [];
	const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
	const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
	const order = [...points].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy) || a.id.localeCompare(b.id));
	const taken = new Set<string>();
	const placements = new Map<string, TilePlacement>();
	for (const point of order) {
		const gx = point.x / cellSize;
		const gy = point.y / cellSize;
		let best: { col: number; row: number; distance: number } | null = null;
		// Search rings of growing radius; a ring further out cannot beat the best found + 1.
		for (let radius = 0; best == null || radius <= Math.ceil(best.distance) + 1; radius++) {
			for (let dc = -radius; dc <= radius; dc++) {
				for (let dr = -radius; dr <= radius; dr++) {
					if (Math.max(Math.abs(dc), Math.abs(dr)) !== radius) continue;
					const col = Math.round(gx) + dc;
					const row = Math.round(gy) + dr;
					if (taken.has(`${col},${row}`)) continue;
					const distance = Math.hypot(col - gx, row - gy);
					if (best == null || distance < best.distance) best = { col, row, distance };
				}
			}
		}
		taken.add(`${best.col},${best.row}`);
		placements.set(point.id, { id: point.id, col: best.col, row: best.row });
	}
	return points.map((p) => placements.get(p.id)!);
}
