/**
 * Which pieces of land a prefecture's map draws in its main frame and which in insets. Pieces
 * (the polygons of each municipality) are linked when the sea between their boxes is narrow
 * relative to the main body's size (single linkage); the group holding the largest body of land
 * is the main frame. The other groups are far islands: groups within a wider reach of each other
 * share one inset (a chain such as 伊豆諸島). A group holding only a sliver of each of its
 * municipalities' land (an outlying rock of one drawn elsewhere, land of no municipality), and an
 * inset that holds no municipality's larger share of land, are left out and reported.
 */
export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface LandPiece {
	/** The municipality the piece belongs to; '' for land of no municipality (所属未定地), which never makes a frame of its own. */
	owner: string;
	/** Its box in kilometres on a local plane (any orientation, same scale on both axes). */
	box: Box;
	/** Its area, in any unit shared by all pieces. */
	area: number;
}

export interface IslandClusters {
	/** Indices of the pieces drawn in the main frame. */
	main: number[];
	/** Indices of the pieces of each inset. */
	insets: number[][];
	/** Indices of pieces left out (far outliers of municipalities drawn elsewhere). */
	omitted: number[];
}

/** Pieces this close (km) are one body of land: the main body's size is measured on it. */
export const BODY_GAP_KM = 3;
/** Pieces within this share of the main body's size join the same group (the main frame's islands). */
export const LINK_SHARE = 0.25;
/** A far group holding less than this share of every one of its municipalities' land is left out. */
export const OUTLIER_SHARE = 0.1;
/** Far groups within this share of the main body's size of each other share an inset. */
export const INSET_SHARE = 1.2;

export function boxGap(a: Box, b: Box): number {
	const gx = Math.max(0, a[0] - b[2], b[0] - a[2]);
	const gy = Math.max(0, a[1] - b[3], b[1] - a[3]);
	return Math.hypot(gx, gy);
}

const diagonal = (b: Box) => Math.hypot(b[2] - b[0], b[3] - b[1]);
const unionBox = (boxes: Box[]): Box => [
	Math.min(...boxes.map((b) => b[0])),
	Math.min(...boxes.map((b) => b[1])),
	Math.max(...boxes.map((b) => b[2])),
	Math.max(...boxes.map((b) => b[3]))
];

/** Groups of indices linked by gaps ≤ reach (single linkage over boxes), in order of their first member. */
export function linkGroups(boxes: Box[], reach: number): number[][] {
	const parent = boxes.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (root(i) !== root(j) && boxGap(boxes[i], boxes[j]) <= reach) parent[root(j)] = root(i);
		}
	}
	const groups = new Map<number, number[]>();
	boxes.forEach((_, i) => {
		const r = root(i);
		groups.set(r, [...(groups.get(r) ?? []), i]);
	});
	return [...groups.values()];
}

export function clusterIslands(pieces: readonly LandPiece[]): IslandClusters {
	if (pieces.length === 0) return { main: [], insets: [], omitted: [] };
	const areaOf = (group: number[]) => group.reduce((s, i) => s + pieces[i].area, 0);
	const largest = (groups: number[][]) => groups.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a));
	const boxes = pieces.map((p) => p.box);
	const body = largest(linkGroups(boxes, BODY_GAP_KM));
	const size = diagonal(unionBox(body.map((i) => boxes[i])));
	const groups = linkGroups(boxes, LINK_SHARE * size);
	const main = groups.find((g) => g.includes(body[0]))!;
	const landOf = new Map<string, number>();
	for (const p of pieces) landOf.set(p.owner, (landOf.get(p.owner) ?? 0) + p.area);
	// A far group holding only a sliver of each of its municipalities' land (an outlying rock of one drawn elsewhere) is left out.
	const isOutlier = (group: number[]) => {
		const owners = new Map<string, number>();
		for (const i of group) if (pieces[i].owner) owners.set(pieces[i].owner, (owners.get(pieces[i].owner) ?? 0) + pieces[i].area);
		return [...owners].every(([owner, land]) => land < OUTLIER_SHARE * landOf.get(owner)!);
	};
	const far = groups.filter((g) => g !== main);
	const kept = far.filter((g) => !isOutlier(g));
	// Far groups near each other share an inset: link the groups by the gaps between their boxes.
	const farBoxes = kept.map((g) => unionBox(g.map((i) => boxes[i])));
	const merged = linkGroups(farBoxes, INSET_SHARE * size).map((ids) => ids.flatMap((k) => kept[k]).sort((a, b) => a - b));
	// Each municipality's home is the frame holding most of its land; an inset that is nobody's home is left out.
	const frames = [main, ...merged];
	const homes = new Set<number>([0]);
	for (const owner of landOf.keys()) {
		if (!owner) continue;
		const land = frames.map((frame) => frame.reduce((s, i) => s + (pieces[i].owner === owner ? pieces[i].area : 0), 0));
		homes.add(land.indexOf(Math.max(...land)));
	}
	const insets = merged.filter((_, k) => homes.has(k + 1));
	const omitted = [...far.filter(isOutlier), ...merged.filter((_, k) => !homes.has(k + 1))].flat().sort((a, b) => a - b);
	return { main: [...main].sort((a, b) => a - b), insets, omitted };
}
