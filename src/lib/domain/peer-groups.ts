/**
 * The groups MIC's top-10 lists compare a municipality within: its kind (市区 — cities and
 * Tokyo's special wards — or 町村, towns and villages) and its population band. One definition,
 * used by the pure functions below and written into the named query MUNICIPAL_PEER_RANKS.
 *
 * Kind comes from the name the master holds: every city ends in 市, every special ward in 区,
 * every town in 町 and every village in 村 (designated cities are one unit, e.g. 札幌市).
 * Bands follow the usual breaks of MIC's and the prefectures' tables (lower bound included,
 * upper excluded), on the population the release publishes.
 */
export type MunicipalityKind = 'city' | 'town';

export function municipalityKind(name: string): MunicipalityKind {
	return /[市区]$/.test(name) ? 'city' : 'town';
}

export interface PopulationBand {
	id: string;
	/** Inclusive lower bound (people). */
	min: number;
	label: string;
}

/** From the largest down; the last starts at 0. */
export const POPULATION_BANDS: readonly PopulationBand[] = [
	{ id: '500k', min: 500_000, label: '50万人以上' },
	{ id: '200k', min: 200_000, label: '20万〜50万人' },
	{ id: '100k', min: 100_000, label: '10万〜20万人' },
	{ id: '50k', min: 50_000, label: '5万〜10万人' },
	{ id: '30k', min: 30_000, label: '3万〜5万人' },
	{ id: '10k', min: 10_000, label: '1万〜3万人' },
	{ id: '0', min: 0, label: '1万人未満' }
];

export function populationBand(population: number): PopulationBand {
	return POPULATION_BANDS.find((b) => population >= b.min) ?? POPULATION_BANDS.at(-1)!;
}

export function bandById(id: string): PopulationBand | undefined {
	return POPULATION_BANDS.find((b) => b.id === id);
}

/** The same definitions as SQL expressions over a name and a population column (constants only). */
export const kindSql = (name: string) => `CASE WHEN right(${name}, 1) IN ('市', '区') THEN 'city' ELSE 'town' END`;
export const bandSql = (population: string) =>
	`CASE ${POPULATION_BANDS.slice(0, -1)
		.map((b) => `WHEN ${population} >= ${b.min} THEN '${b.id}'`)
		.join(' ')} ELSE '${POPULATION_BANDS.at(-1)!.id}' END`;

export interface PeerInput {
	code6: string;
	name: string;
	prefecture: string;
	population: number;
	cards: number;
}

export interface PeerRanks {
	code6: string;
	kind: MunicipalityKind;
	band: string;
	kind_rank_national: number;
	kind_count_national: number;
	kind_rank_prefecture: number;
	kind_count_prefecture: number;
	band_rank_national: number;
	band_count_national: number;
	band_rank_prefecture: number;
	band_count_prefecture: number;
}

/** Competition rank (1, 1, 3) by cards ÷ population, unrounded, among `group`; compared as cross products so ties are exact. */
function rankIn(group: readonly PeerInput[], row: PeerInput): number {
	return 1 + group.filter((o) => o.cards * row.population > row.cards * o.population).length;
}

/** The reference for MUNICIPAL_PEER_RANKS: every municipality's four peer ranks. */
export function peerRanks(rows: readonly PeerInput[]): PeerRanks[] {
	return rows.map((row) => {
		const kind = municipalityKind(row.name);
		const band = populationBand(row.population).id;
		const sameKind = rows.filter((o) => municipalityKind(o.name) === kind);
		const sameBand = rows.filter((o) => populationBand(o.population).id === band);
		const inPrefecture = (g: PeerInput[]) => g.filter((o) => o.prefecture === row.prefecture);
		return {
			code6: row.code6,
			kind,
			band,
			kind_rank_national: rankIn(sameKind, row),
			kind_count_national: sameKind.length,
			kind_rank_prefecture: rankIn(inPrefecture(sameKind), row),
			kind_count_prefecture: inPrefecture(sameKind).length,
			band_rank_national: rankIn(sameBand, row),
			band_count_national: sameBand.length,
			band_rank_prefecture: rankIn(inPrefecture(sameBand), row),
			band_count_prefecture: inPrefecture(sameBand).length
		};
	});
}
