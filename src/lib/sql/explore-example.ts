/** The SQL 探索 opens with: the latest release's municipalities of `prefecture`, highest rate first. */
export function exploreExampleSql(prefecture: string): string {
	const literal = `'${prefecture.replaceAll("'", "''")}'`;
	return `-- 最新の公表日の${prefecture.replace(/[\r\n]/g, ' ')}の市町村を交付率の高い順に
SELECT m.name AS 市町村, m.bureau AS 振興局,
       round(100.0 * i.cards / i.population, 1) AS 交付率
FROM municipal_issuance i JOIN municipalities m USING (code6)
WHERE m.prefecture = ${literal}
  AND i.release_date = (SELECT max(release_date) FROM releases)
ORDER BY 交付率 DESC
LIMIT 20`;
}
