/**
 * Every query of the app, written once and run by both engines (@duckdb/node-api at build
 * time, in the CLI and tests; @duckdb/duckdb-wasm in the browser). Parameters are
 * positional ($1, $2…); nothing user-typed is ever concatenated into SQL.
 * Counts are cast to INTEGER and dates to text so both engines return the same plain JS.
 */

import { bandSql, kindSql, type PeerRanks } from '../domain/peer-groups';

/** Rate as a percentage, from cards ÷ population (never the rounded published rate); NULL when there is no population to divide by. */
const rate = (cards: string, population: string) => `100.0 * ${cards} / NULLIF(${population}, 0)`;

export interface ReleaseRow {
	release_date: string;
	population_base_date: string;
	/** mic (the mirror), import (npm run import) or browser (imported on the データ page). */
	source: string;
	has_demographics: boolean;
}
export const LIST_RELEASES = `
SELECT strftime(release_date, '%Y-%m-%d') AS release_date,
       strftime(population_base_date, '%Y-%m-%d') AS population_base_date,
       source, has_demographics
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
  SELECT *, CASE WHEN population > 0 THEN rank() OVER (PARTITION BY population > 0 ORDER BY cards::DOUBLE / population DESC) END AS rank, count(*) OVER () AS prefecture_count
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
       (CASE WHEN population > 0 THEN rank() OVER (PARTITION BY population > 0 ORDER BY cards::DOUBLE / population DESC) END)::INTEGER AS rank
FROM prefectural_issuance WHERE release_date = $1::DATE
ORDER BY rank, pref_code`;

/**
 * The map's measures from a current (c) and a base (b) row of population and cards, with the
 * national (nat) and Hokkaido (pref) rates: the same columns for municipalities and bureaus.
 */
const measureColumns = `c.population::INTEGER AS population, c.cards::INTEGER AS cards,
       ${rate('c.cards', 'c.population')} AS rate,
       (c.population - c.cards)::INTEGER AS without_card,
       ${rate('c.cards', 'c.population')} - ${rate('b.cards', 'b.population')} AS rate_change,
       (c.cards - b.cards)::INTEGER AS cards_change,
       ${rate('c.cards', 'c.population')} - nat.rate AS gap_national,
       ${rate('c.cards', 'c.population')} - pref.rate AS gap_hokkaido,
       (CASE WHEN c.population > 0 THEN rank() OVER (PARTITION BY c.population > 0 ORDER BY c.cards::DOUBLE / c.population DESC) END)::INTEGER AS rank_in_prefecture`;

/**
 * Every map measure for one prefecture's municipalities. $1 release date, $2 base release date
 * for the change measures (NULL gives NULL changes), $3 prefecture. Gaps are in points of unrounded rates.
 * `gap_hokkaido` is the gap to the prefecture's own rate (its name is kept for the stored views).
 */
export interface MunicipalMeasureRow {
	code6: string;
	name: string;
	bureau: string;
	population: number;
	cards: number;
	rate: number;
	without_card: number;
	rate_change: number | null;
	cards_change: number | null;
	gap_national: number;
	gap_hokkaido: number;
	rank_in_prefecture: number;
}
export const MUNICIPAL_MEASURES = `
WITH cur AS (SELECT code6, population, cards FROM municipal_issuance WHERE release_date = $1::DATE),
base AS (SELECT code6, population, cards FROM municipal_issuance WHERE release_date = $2::DATE),
nat AS (SELECT ${rate('cards', 'population')} AS rate FROM national_by_kind WHERE release_date = $1::DATE AND kind = '全国'),
pref AS (SELECT ${rate('cards', 'population')} AS rate FROM prefectural_issuance WHERE release_date = $1::DATE AND prefecture = $3::VARCHAR)
SELECT m.code6, m.name, m.bureau, ${measureColumns}
FROM cur c JOIN municipalities m USING (code6) LEFT JOIN base b USING (code6) CROSS JOIN nat CROSS JOIN pref
WHERE m.prefecture = $3::VARCHAR
ORDER BY m.code6`;

/** The same measures for a prefecture's bureaus (Hokkaido's 14), from the sums of their municipalities. $1 date, $2 base date, $3 prefecture. */
export interface BureauMeasureRow extends Omit<MunicipalMeasureRow, 'code6' | 'name'> {
	municipality_count: number;
}
export const BUREAU_MEASURES = `
WITH sums AS (
  SELECT m.bureau, i.release_date, count(*) AS municipality_count, sum(i.population) AS population, sum(i.cards) AS cards
  FROM municipal_issuance i JOIN municipalities m USING (code6)
  WHERE m.prefecture = $3::VARCHAR AND m.bureau IS NOT NULL AND (i.release_date = $1::DATE OR i.release_date = $2::DATE)
  GROUP BY m.bureau, i.release_date
),
cur AS (SELECT * FROM sums WHERE release_date = $1::DATE),
base AS (SELECT * FROM sums WHERE release_date = $2::DATE),
nat AS (SELECT ${rate('cards', 'population')} AS rate FROM national_by_kind WHERE release_date = $1::DATE AND kind = '全国'),
pref AS (SELECT ${rate('cards', 'population')} AS rate FROM prefectural_issuance WHERE release_date = $1::DATE AND prefecture = $3::VARCHAR)
SELECT c.bureau, c.municipality_count::INTEGER AS municipality_count, ${measureColumns}
FROM cur c LEFT JOIN base b USING (bureau) CROSS JOIN nat CROSS JOIN pref
ORDER BY rate DESC, c.bureau`;

/** One municipality over all releases, against its prefecture and the nation. $1 code6. */
export interface MunicipalityHistoryRow {
	release_date: string;
	population: number;
	cards: number;
	rate: number;
	prefecture_rate: number;
	national_rate: number;
}
export const MUNICIPALITY_HISTORY = `
SELECT strftime(i.release_date, '%Y-%m-%d') AS release_date, i.population::INTEGER AS population, i.cards::INTEGER AS cards,
       ${rate('i.cards', 'i.population')} AS rate,
       ${rate('p.cards', 'p.population')} AS prefecture_rate,
       ${rate('n.cards', 'n.population')} AS national_rate
FROM municipal_issuance i
JOIN municipalities m USING (code6)
JOIN prefectural_issuance p ON p.release_date = i.release_date AND p.prefecture = m.prefecture
JOIN national_by_kind n ON n.release_date = i.release_date AND n.kind = '全国'
WHERE i.code6 = $1
ORDER BY i.release_date`;

/**
 * A municipality's standing in one release: rank in its prefecture and among all municipalities,
 * and the cards it would need to reach the national rate. $1 date, $2 code6 (NULL: every municipality).
 */
export interface MunicipalityStandingRow {
	code6: string;
	name: string;
	prefecture: string;
	bureau: string | null;
	population: number;
	cards: number;
	rate: number;
	national_rate: number;
	rank_in_prefecture: number;
	prefecture_count: number;
	rank_national: number;
	national_count: number;
	cards_to_national_rate: number;
}
export const MUNICIPALITY_STANDING = `
WITH ranked AS (
  SELECT i.code6, m.name, m.prefecture, m.bureau, i.population, i.cards,
         CASE WHEN i.population > 0 THEN rank() OVER (PARTITION BY m.prefecture, i.population > 0 ORDER BY i.cards::DOUBLE / i.population DESC) END AS rank_in_prefecture,
         count(*) OVER (PARTITION BY m.prefecture) AS prefecture_count,
         CASE WHEN i.population > 0 THEN rank() OVER (PARTITION BY i.population > 0 ORDER BY i.cards::DOUBLE / i.population DESC) END AS rank_national,
         count(*) OVER () AS national_count
  FROM municipal_issuance i JOIN municipalities m USING (code6)
  WHERE i.release_date = $1::DATE
),
nat AS (SELECT cards, population FROM national_by_kind WHERE release_date = $1::DATE AND kind = '全国')
SELECT r.code6, r.name, r.prefecture, r.bureau, r.population::INTEGER AS population, r.cards::INTEGER AS cards,
       ${rate('r.cards', 'r.population')} AS rate, ${rate('nat.cards', 'nat.population')} AS national_rate,
       r.rank_in_prefecture::INTEGER AS rank_in_prefecture, r.prefecture_count::INTEGER AS prefecture_count,
       r.rank_national::INTEGER AS rank_national, r.national_count::INTEGER AS national_count,
       -- smallest cards with cards / population >= the national ratio, in integers (no float edge)
       greatest(0, (r.population * nat.cards + nat.population - 1) // nat.population - r.cards)::INTEGER AS cards_to_national_rate
FROM ranked r CROSS JOIN nat
WHERE $2::VARCHAR IS NULL OR r.code6 = $2::VARCHAR`;

/** A prefecture's municipalities ranked in one release, for neighbours in the ranking. $1 date, $2 prefecture. */
export interface MunicipalRankRow {
	code6: string;
	name: string;
	rate: number;
	rank: number;
}
export const MUNICIPAL_RANKING_IN_PREFECTURE = `
SELECT i.code6, m.name, ${rate('i.cards', 'i.population')} AS rate,
       (CASE WHEN i.population > 0 THEN rank() OVER (PARTITION BY i.population > 0 ORDER BY i.cards::DOUBLE / i.population DESC) END)::INTEGER AS rank
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE AND m.prefecture = $2::VARCHAR
ORDER BY rank, i.code6`;

export interface MunicipalityListRow {
	code6: string;
	name: string;
	bureau: string;
}
/** $1 prefecture. */
export const PREFECTURE_MUNICIPALITIES = `
SELECT code6, name, bureau FROM municipalities WHERE prefecture = $1::VARCHAR ORDER BY code6`;

export interface CountRow {
	n: number;
}
/** $1 release date, $2 prefecture (NULL for the whole country). */
export const MUNICIPALITY_COUNT = `
SELECT count(*)::INTEGER AS n FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE AND ($2::VARCHAR IS NULL OR m.prefecture = $2::VARCHAR)`;

/** Every series of a level, for projections and the backtest. */
export interface SeriesRow {
	id: string;
	release_date: string;
	population: number;
	cards: number;
}
export const PREFECTURE_SERIES = `
SELECT prefecture AS id, strftime(release_date, '%Y-%m-%d') AS release_date, population::INTEGER AS population, cards::INTEGER AS cards
FROM prefectural_issuance ORDER BY id, release_date`;
export const MUNICIPAL_SERIES = `
SELECT code6 AS id, strftime(release_date, '%Y-%m-%d') AS release_date, population::INTEGER AS population, cards::INTEGER AS cards
FROM municipal_issuance ORDER BY id, release_date`;

/** Every prefecture in every release, with its rank and the national rate: the rank history. */
export interface PrefectureHistoryRow {
	release_date: string;
	prefecture: string;
	pref_code: number;
	population: number;
	cards: number;
	rate: number;
	rank: number;
	national_rate: number;
}
export const PREFECTURE_HISTORY = `
SELECT strftime(p.release_date, '%Y-%m-%d') AS release_date, p.prefecture, p.pref_code,
       p.population::INTEGER AS population, p.cards::INTEGER AS cards,
       ${rate('p.cards', 'p.population')} AS rate,
       (CASE WHEN p.population > 0 THEN rank() OVER (PARTITION BY p.release_date, p.population > 0 ORDER BY p.cards::DOUBLE / p.population DESC) END)::INTEGER AS rank,
       ${rate('n.cards', 'n.population')} AS national_rate
FROM prefectural_issuance p JOIN national_by_kind n ON n.release_date = p.release_date AND n.kind = '全国'
ORDER BY p.release_date, rank, p.pref_code`;

/**
 * All 1,741 municipalities in one release, lowest rate first, for the national distribution. $1 date.
 * Read whole, column by column (`queryColumns`); the prefecture is its code (`PREFECTURES[pref_code - 1]`),
 * not its name: a text column less to sort and decode, 30–60 ms at 100× the rows (README, "Scale").
 */
export interface NationalMunicipalRateRow {
	code6: string;
	name: string;
	pref_code: number;
	rate: number;
}
export const NATIONAL_MUNICIPAL_RATES = `
SELECT i.code6, m.name, m.pref_code, ${rate('i.cards', 'i.population')} AS rate
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE i.release_date = $1::DATE
ORDER BY rate`;

/**
 * A lever: a municipality (or bureau) brought up to the national rate, in cards and in points of its
 * prefecture's rate (`hokkaido_points` keeps its stored name).
 */
export interface LeverRow {
	unit: string;
	name: string;
	cards_to_national_rate: number;
	hokkaido_points: number;
}

/**
 * What would move each prefecture's rate most: its municipalities (and its bureaus, where the data
 * holds them) each brought up to the national rate, in cards and in points of the prefecture's
 * rate (`hokkaido_points` keeps LeverRow's name). $1 date; 5 per prefecture and unit.
 */
export interface PrefectureLeverRow extends LeverRow {
	prefecture: string;
}
export const PREFECTURE_LEVERS = `
WITH nat AS (SELECT cards, population FROM national_by_kind WHERE release_date = $1::DATE AND kind = '全国'),
muni AS (
  SELECT m.prefecture, m.name, m.bureau, greatest(0, (i.population * nat.cards + nat.population - 1) // nat.population - i.cards) AS gap
  FROM municipal_issuance i JOIN municipalities m USING (code6) CROSS JOIN nat
  WHERE i.release_date = $1::DATE
),
ranked AS (
  SELECT prefecture, 'municipality' AS unit, name, gap FROM muni
  UNION ALL
  SELECT prefecture, 'bureau', bureau, sum(gap) FROM muni WHERE bureau IS NOT NULL GROUP BY prefecture, bureau
)
SELECT r.prefecture, r.unit, r.name, r.gap::INTEGER AS cards_to_national_rate, 100.0 * r.gap / p.population AS hokkaido_points
FROM ranked r JOIN prefectural_issuance p ON p.prefecture = r.prefecture AND p.release_date = $1::DATE
QUALIFY row_number() OVER (PARTITION BY r.prefecture, r.unit ORDER BY r.gap DESC, r.name) <= 5
ORDER BY p.pref_code, r.unit DESC, r.gap DESC, r.name`;

/**
 * A prefecture's municipalities for the outreach planner: people without a card, the gap to the
 * national rate, and the pace of the last two intervals (cards per day). $1 release date, $2 prefecture.
 */
export interface PlannerRow {
	code6: string;
	name: string;
	bureau: string;
	population: number;
	cards: number;
	without_card: number;
	gap_national: number;
	pace_recent: number | null;
	pace_before: number | null;
}
export const PREFECTURE_PLANNER = `
WITH series AS (
  SELECT i.code6, i.release_date, i.population, i.cards,
         row_number() OVER (PARTITION BY i.code6 ORDER BY i.release_date DESC) AS back
  FROM municipal_issuance i JOIN municipalities m USING (code6)
  WHERE m.prefecture = $2::VARCHAR AND i.release_date <= $1::DATE
),
w AS (
  SELECT code6,
         max(CASE WHEN back = 1 THEN population END) AS population,
         max(CASE WHEN back = 1 THEN cards END) AS c0, max(CASE WHEN back = 2 THEN cards END) AS c1, max(CASE WHEN back = 3 THEN cards END) AS c2,
         max(CASE WHEN back = 1 THEN release_date END) AS d0, max(CASE WHEN back = 2 THEN release_date END) AS d1, max(CASE WHEN back = 3 THEN release_date END) AS d2
  FROM series WHERE back <= 3 GROUP BY code6
),
nat AS (SELECT ${rate('cards', 'population')} AS rate FROM national_by_kind WHERE release_date = $1::DATE AND kind = '全国')
SELECT m.code6, m.name, m.bureau, w.population::INTEGER AS population, w.c0::INTEGER AS cards,
       (w.population - w.c0)::INTEGER AS without_card,
       ${rate('w.c0', 'w.population')} - nat.rate AS gap_national,
       (w.c0 - w.c1)::DOUBLE / nullif(datediff('day', w.d1, w.d0), 0) AS pace_recent,
       (w.c1 - w.c2)::DOUBLE / nullif(datediff('day', w.d2, w.d1), 0) AS pace_before
FROM w JOIN municipalities m USING (code6) CROSS JOIN nat
ORDER BY m.code6`;

/** Cards by municipality of a prefecture in every release since $1, for comparing planned with actual uptake. $2 prefecture. */
export interface MunicipalCardsRow {
	code6: string;
	release_date: string;
	cards: number;
}
export const PREFECTURE_CARDS_SINCE = `
SELECT i.code6, strftime(i.release_date, '%Y-%m-%d') AS release_date, i.cards::INTEGER AS cards
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE m.prefecture = $2::VARCHAR AND i.release_date >= $1::DATE
ORDER BY i.code6, i.release_date`;

// — ranks people quote: among municipalities of the same kind (市区／町村) and population band —

/**
 * A prefecture's municipalities ranked among all municipalities of their kind and of their population
 * band (src/lib/domain/peer-groups.ts), nationally and within their prefecture, by cards ÷ population
 * unrounded; ties share a rank. $1 release date, $2 code6 (NULL for all of the prefecture's), $3 prefecture.
 */
export interface PeerRankRow extends PeerRanks {
	name: string;
}
export const MUNICIPAL_PEER_RANKS = `
WITH base AS (
  SELECT i.code6, m.name, m.prefecture, i.population, i.cards,
         ${kindSql('m.name')} AS kind, ${bandSql('i.population')} AS band
  FROM municipal_issuance i JOIN municipalities m USING (code6)
  WHERE i.release_date = $1::DATE
),
ranked AS (
  SELECT *,
         CASE WHEN population > 0 THEN rank() OVER (PARTITION BY kind, population > 0 ORDER BY cards::DOUBLE / population DESC) END AS kind_rank_national,
         count(*) OVER (PARTITION BY kind) AS kind_count_national,
         CASE WHEN population > 0 THEN rank() OVER (PARTITION BY kind, prefecture, population > 0 ORDER BY cards::DOUBLE / population DESC) END AS kind_rank_prefecture,
         count(*) OVER (PARTITION BY kind, prefecture) AS kind_count_prefecture,
         CASE WHEN population > 0 THEN rank() OVER (PARTITION BY band, population > 0 ORDER BY cards::DOUBLE / population DESC) END AS band_rank_national,
         count(*) OVER (PARTITION BY band) AS band_count_national,
         CASE WHEN population > 0 THEN rank() OVER (PARTITION BY band, prefecture, population > 0 ORDER BY cards::DOUBLE / population DESC) END AS band_rank_prefecture,
         count(*) OVER (PARTITION BY band, prefecture) AS band_count_prefecture
  FROM base
)
SELECT code6, name, kind, band,
       kind_rank_national::INTEGER AS kind_rank_national, kind_count_national::INTEGER AS kind_count_national,
       kind_rank_prefecture::INTEGER AS kind_rank_prefecture, kind_count_prefecture::INTEGER AS kind_count_prefecture,
       band_rank_national::INTEGER AS band_rank_national, band_count_national::INTEGER AS band_count_national,
       band_rank_prefecture::INTEGER AS band_rank_prefecture, band_count_prefecture::INTEGER AS band_count_prefecture
FROM ranked
WHERE prefecture = $3::VARCHAR AND ($2::VARCHAR IS NULL OR code6 = $2::VARCHAR)
ORDER BY code6`;
// ───────────────────────────── 保有枚数 (cards held) ─────────────────────────────
// From 2023-06 MIC publishes 保有枚数 (cards held) instead of cumulative 交付枚数. It is another
// measure, stored in its own tables. Each held query below is the issued query of the same name run
// over the holdings tables: CTEs of the issued tables' names and columns shadow them, so a rate, rank
// or gap of cards held is defined by exactly the same SQL as its issued twin. The national figure is
// the sum of the 47 prefectures (MIC publishes no by-kind table of cards held).

/** Which measure each release has: issued cards, cards held, or both. Holdings-only releases are listed too. */
export interface ReleaseMeasureRow {
	release_date: string;
	/** 交付枚数: municipal and prefectural issuance rows exist for the date. */
	issued: boolean;
	/** 保有枚数: municipal and prefectural holdings rows exist for the date. */
	held: boolean;
}
export const RELEASE_MEASURES = `
WITH issued AS (
  SELECT release_date FROM municipal_issuance INTERSECT SELECT release_date FROM prefectural_issuance
),
held AS (
  SELECT release_date FROM municipal_holdings INTERSECT SELECT release_date FROM prefectural_holdings
),
dates AS (SELECT release_date FROM issued UNION SELECT release_date FROM held)
SELECT strftime(d.release_date, '%Y-%m-%d') AS release_date,
       i.release_date IS NOT NULL AS issued, h.release_date IS NOT NULL AS held
FROM dates d LEFT JOIN issued i USING (release_date) LEFT JOIN held h USING (release_date)
ORDER BY d.release_date`;

const HELD_AS_ISSUED = `municipal_issuance AS (
  SELECT release_date, code6, population, held_cards AS cards, published_rate, population_base_date, cards_base_date FROM municipal_holdings
),
prefectural_issuance AS (
  SELECT release_date, prefecture, pref_code, population, held_cards AS cards, published_rate, population_base_date, cards_base_date FROM prefectural_holdings
),
national_by_kind AS (
  SELECT release_date, '全国' AS kind, sum(population)::BIGINT AS population, sum(held_cards)::BIGINT AS cards,
         NULL::DECIMAL(4,1) AS published_rate, min(population_base_date) AS population_base_date, min(cards_base_date) AS cards_base_date
  FROM prefectural_holdings GROUP BY release_date
)`;

/** The issued query `sql`, answered from the holdings tables (same parameters, same columns). */
export function overHoldings(sql: string): string {
	const text = sql.trimStart();
	return /^WITH\s/i.test(text) ? `WITH ${HELD_AS_ISSUED},\n${text.slice(5)}` : `WITH ${HELD_AS_ISSUED}\n${text}`;
}

/** $1 release date, $2 prefecture: as PREFECTURE_HEADLINE, cards held (`cards` holds 保有枚数). */
export const PREFECTURE_HEADLINE_HELD = overHoldings(PREFECTURE_HEADLINE);
/** $1 release date: the 47 ranked by cards held ÷ population. */
export const PREFECTURE_RANKING_HELD = overHoldings(PREFECTURE_RANKING);
/** $1 date, $2 base date, $3 prefecture: the map's measures over cards held. */
export const MUNICIPAL_MEASURES_HELD = overHoldings(MUNICIPAL_MEASURES);
export const BUREAU_MEASURES_HELD = overHoldings(BUREAU_MEASURES);
/** $1 code6: a municipality's 保有枚数率 over the holdings releases, against its prefecture and the nation. */
export const MUNICIPALITY_HISTORY_HELD = overHoldings(MUNICIPALITY_HISTORY);
/** $1 date, $2 code6. */
export const MUNICIPALITY_STANDING_HELD = overHoldings(MUNICIPALITY_STANDING);
export const MUNICIPAL_RANKING_IN_PREFECTURE_HELD = overHoldings(MUNICIPAL_RANKING_IN_PREFECTURE);
export const PREFECTURE_HISTORY_HELD = overHoldings(PREFECTURE_HISTORY);
export const PREFECTURE_SERIES_HELD = overHoldings(PREFECTURE_SERIES);
export const NATIONAL_MUNICIPAL_RATES_HELD = overHoldings(NATIONAL_MUNICIPAL_RATES);
