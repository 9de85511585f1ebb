/** The rows just above and below one entry of a ranking (already ordered), the entry included. */
export function neighboursInRanking<Row extends { code6: string }>(ranking: Row[], code6: string, each: number): Row[] {
	const i = ranking.findIndex((r) => r.code6 === code6);
	if (i < 0) return [];
	return ranking.slice(Math.max(0, i - each), i + each + 1);
}
