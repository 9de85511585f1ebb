/**
 * The documented tables, defined once. Both engines create them from this list:
 * Node reads the Parquet files, the browser reads the CSV files (DuckDB-wasm has no
 * built-in Parquet and must not fetch extensions).
 */
import { CANONICAL_CSV_DIALECT } from '../domain/canonical-csv';

export const TABLES = {
	releases: {
		description: '公表回（算出基準日）ごとの一覧',
		columns: { release_date: 'DATE', population_base_date: 'DATE', source: 'VARCHAR', has_demographics: 'BOOLEAN' }
	},
	municipalities: {
		description: '市区町村マスタ（1,741団体。北海道は振興局つき、読みがなつき）',
		columns: { code6: 'VARCHAR', code5: 'VARCHAR', name: 'VARCHAR', prefecture: 'VARCHAR', pref_code: 'INTEGER', bureau: 'VARCHAR', kana: 'VARCHAR' }
	},
	municipal_issuance: {
		description: '市区町村別の人口と交付枚数',
		columns: {
			release_date: 'DATE',
			code6: 'VARCHAR',
			population: 'BIGINT',
			cards: 'BIGINT',
			published_rate: 'DECIMAL(4,1)',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	},
	prefectural_issuance: {
		description: '都道府県別の人口と交付枚数',
		columns: {
			release_date: 'DATE',
			prefecture: 'VARCHAR',
			pref_code: 'INTEGER',
			population: 'BIGINT',
			cards: 'BIGINT',
			published_rate: 'DECIMAL(4,1)',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	},
	national_by_kind: {
		description: '全国と団体区分別（指定都市・特別区・市・町村）の合計',
		columns: {
			release_date: 'DATE',
			kind: 'VARCHAR',
			population: 'BIGINT',
			cards: 'BIGINT',
			published_rate: 'DECIMAL(4,1)',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	},
	municipal_holdings: {
		description: '市区町村別の保有枚数（デジタル庁の公表。交付枚数とは別の指標）',
		columns: {
			release_date: 'DATE',
			code6: 'VARCHAR',
			population: 'BIGINT',
			held_cards: 'BIGINT',
			published_rate: 'DECIMAL(4,1)',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	},
	prefectural_holdings: {
		description: '都道府県別の保有枚数（デジタル庁の公表。交付枚数とは別の指標）',
		columns: {
			release_date: 'DATE',
			prefecture: 'VARCHAR',
			pref_code: 'INTEGER',
			population: 'BIGINT',
			held_cards: 'BIGINT',
			published_rate: 'DECIMAL(4,1)',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	},
	demographics: {
		description: '全国の年齢階級・男女別の人口と交付件数（2019年以降）',
		columns: {
			release_date: 'DATE',
			age_band: 'VARCHAR',
			sex: 'VARCHAR',
			population: 'BIGINT',
			cards: 'BIGINT',
			population_base_date: 'DATE',
			cards_base_date: 'DATE'
		}
	}
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function createTableSql(table: TableName): string {
	const columns = Object.entries(TABLES[table].columns).map(([name, type]) => `${name} ${type}`);
	return `CREATE TABLE ${table} (${columns.join(', ')})`;
}

/** read_csv with the declared types, so the CSV the site serves loads exactly typed. */
export function readCsvSql(table: TableName, fileName: string): string {
	const columns = Object.entries(TABLES[table].columns)
		.map(([name, type]) => `'${name}': '${type}'`)
		.join(', ');
	return `SELECT * FROM read_csv('${fileName}', header = true, auto_detect = false, ${CANONICAL_CSV_DIALECT}, columns = {${columns}}, dateformat = '%Y-%m-%d')`;
}
