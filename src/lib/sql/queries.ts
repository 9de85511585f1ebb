/**
 * Every query of the app, written once and run by both engines (@duckdb/node-api at build
 * time, in the CLI and tests; @duckdb/duckdb-wasm in the browser). Parameters are
 * positional ($1, $2…); nothing user-typed is ever concatenated into SQL.
 * Counts are cast to INTEGER and dates to text so both engines return the same plain JS.
 */

/** Rate as a percentage, from cards ÷ population (never the rounded published rate). */
const rate = (cards: string, population: string) => `100.0 * ${cards} / ${population}`;

export interface ReleaseRow {
	release_date: string;
	population_base_date: string;
	has_demographics: boolean;
}
export const LIST_RELEASES = `
SELECT strftime(release_date, '%Y-%m-%d') AS release_date,
       strftime(population_base_date, '%Y-%m-%d') AS population_base_date,
       has_demographics
FROM releases ORDER BY release_date`;

/** $1 release date, $2 prefecture name. */
export interface PrefectureHeadlineRow {
	release_date: string;
	prefecture: string;
	population: number;
	cards: number;
	rate: number;
	published_rate: number;
	rank: number;
	prefecture_count: number;
	national_population: number;
	national_cards: number;
	national_rate: number;
	population_base_date: string;
}
export const PREFECTURE_HEADLINE = `
WITH ranked AS (
  SELECT *, rank() OVER (ORDER BY cards::DOUBLE / population DESC) AS rank, count(*) OVER () AS prefecture_count
  FROM prefectural_issuance WHERE release_date = $1::DATE
)
SELECT strftime(r.release_date, '%Y-%m-%d') AS release_date, r.prefecture,
       r.population::INTEGER AS population, r.cards::INTEGER AS cards,
       ${rate('r.cards', 'r.population')} AS rate, r.published_rate::DOUBLE AS published_rate,
       r.rank::INTEGER AS rank, r.prefecture_count::INTEGER AS prefecture_count,
       n.population::INTEGER AS national_population, n.cards::INTEGER AS national_cards,
       ${rate('n.cards', 'n.population')} AS national_rate,
       strftime(r.population_base_date, '%Y-%m-%d') AS population_base_date
FROM ranked r JOIN national_by_kind n ON n.release_date = r.release_date AND n.kind = '全国'
WHERE r.prefecture = $2`;

/** $1 release date: all 47 with their rank; ties share a rank. */
export interface PrefectureRankRow {
	prefecture: string;
	pref_code: number;
	population: number;
	cards: number;
	rate: number;
	published_rate: number;
	rank: number;
}
export const PREFECTURE_RANKING = `
SELECT prefecture, pref_code, population::INTEGER AS population, cards::INTEGER AS cards,
       ${rate('cards', 'population')} AS rate, published_rate::DOUBLE AS published_rate,
       (rank() OVER (ORDER BY cards::DOUBLE / population DESC))::INTEGER AS rank
FROM prefectural_issuance WHERE release_date = $1::DATE
ORDER BY rank, pref_code`;

/** $1 release date, $2 prefecture: one row per municipality, ranked within the prefecture. */
export interface MunicipalFigureRow {
	code6: string;
	name: string;
	bureau: string | null;
	population: number;
	cards: number;
	rate: number;
	published_rate: number;
	rank_in_prefecture: number;
}
export const MUNICIPAL_FIGURES = `
SELECT m.code6, m.name, m.bureau, i.population::INTEGER AS population, i.cards::INTEGER AS cards,
       ${rate('i.cards', 'i.population')} AS rate, i.published_rate::DOUBLE AS published_rate,
       (rank() OVER (ORDER BY i.cards::DOUBLE / i.population DESC))::INTEGER AS rank_in_prefecture
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE AND m.prefecture = $2
ORDER BY m.code6`;

/** $1 release date: Hokkaido's 14 bureaus, summed from their municipalities. */
export interface BureauFigureRow {
	bureau: string;
	municipality_count: number;
	population: number;
	cards: number;
	rate: number;
}
export const BUREAU_FIGURES = `
SELECT m.bureau, count(*)::INTEGER AS municipality_count,
       sum(i.population)::INTEGER AS population, sum(i.cards)::INTEGER AS cards,
       ${rate('sum(i.cards)', 'sum(i.population)')} AS rate
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE AND m.prefecture = '北海道'
GROUP BY m.bureau ORDER BY rate DESC, m.bureau`;

export interface CountRow {
	n: number;
}
/** $1 release date, $2 prefecture (NULL for the whole country). */
export const MUNICIPALITY_COUNT = `
SELECT count(*)::INTEGER AS n FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE AND ($2::VARCHAR IS NULL OR m.prefecture = $2::VARCHAR)`;
