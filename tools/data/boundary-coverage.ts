/**
 * The build-time check that the map can show every figure: each municipality of each release has
 * exactly one shape in its prefecture's boundaries. Shapes without figures (北方領土, 所属未定地)
 * are listed for the build log; a municipality with no shape or two fails the build.
 */
export interface BoundaryShape {
	code6: string;
	name: string;
	hasData: boolean;
}

export interface CoverageResult {
	errors: string[];
	/** Areas drawn as "no data", by prefecture, for the log. */
	withoutData: { prefecture: string; names: string[] }[];
}

export function checkBoundaryCoverage(
	issuance: readonly Record<string, unknown>[],
	municipalities: readonly Record<string, unknown>[],
	boundaries: ReadonlyMap<string, readonly BoundaryShape[]>
): CoverageResult {
	const shapeCounts = new Map<string, Map<string, number>>();
	for (const [prefecture, shapes] of boundaries) {
		const counts = new Map<string, number>();
		for (const shape of shapes) counts.set(shape.code6, (counts.get(shape.code6) ?? 0) + 1);
		shapeCounts.set(prefecture, counts);
	}
	const master = new Map(municipalities.map((m) => [String(m.code6), { name: String(m.name), prefecture: String(m.prefecture) }]));
	const errors: string[] = [];
	const checked = new Set<string>();
	for (const row of issuance) {
		const release = String(row.release_date);
		const code6 = String(row.code6);
		const key = `${release}/${code6}`;
		if (checked.has(key)) continue;
		checked.add(key);
		const entry = master.get(code6);
		const prefecture = entry?.prefecture ?? '（不明）';
		const count = shapeCounts.get(prefecture)?.get(code6) ?? 0;
		if (count === 1) continue;
		const what = count === 0 ? '境界データに形がありません' : `境界データに形が ${count} つあります`;
		errors.push(`境界の照合: ${release} の ${prefecture} ${code6} ${entry?.name ?? '（マスタにない団体）'} は${what}`);
	}
	const withoutData = [...boundaries]
		.map(([prefecture, shapes]) => ({ prefecture, names: shapes.filter((s) => !s.hasData).map((s) => s.name) }))
		.filter((p) => p.names.length > 0);
	return { errors, withoutData };
}
