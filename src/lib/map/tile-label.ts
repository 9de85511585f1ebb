/**
 * Font size of the tile view's labels in map units, so that they render at `minPx` on screen
 * whatever the map's scale; null when two characters of that size would not fit in a tile
 * (a phone-width map), where the labels are left out and the tap-to-open panel names the tile.
 */
export const TILE_LABEL_MIN_PX = 11;

/** `scale` is screen pixels per map unit (the SVG's rendered size over its viewBox, `meet`). */
export function tileLabelSize(scale: number, tileSize: number, minPx = TILE_LABEL_MIN_PX): number | null {
	if (!(scale > 0)) return null;
	const size = minPx / scale;
	// Two full-width characters side by side, with a unit of margin on each side.
	return 2 * size <= tileSize - 2 ? Math.round(size * 100) / 100 : null;
}

/** Pixels per map unit of an SVG drawn with preserveAspectRatio "xMidYMid meet". */
export function meetScale(width: number, height: number, viewWidth: number, viewHeight: number): number {
	if (!(viewWidth > 0) || !(viewHeight > 0)) return 0;
	return Math.min(width / viewWidth, height / viewHeight);
}
