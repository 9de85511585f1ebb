import { describe, expect, it } from 'vitest';
import { exploreExampleSql } from './explore-example';
import { classifyExploreSql } from './explore-guard';

describe('exploreExampleSql', () => {
	it('asks for the given prefecture, as a literal the guard lets through', () => {
		const sql = exploreExampleSql('長野県');
		expect(sql).toContain("WHERE m.prefecture = '長野県'");
		expect(sql.split('\n')[0]).toBe('-- 最新の公表日の長野県の市町村を交付率の高い順に');
		expect(classifyExploreSql(sql)).toEqual({ allowed: true });
	});

	it('keeps any name inside its literal and its comment', () => {
		const sql = exploreExampleSql("x'; DROP TABLE t; --\nSELECT 1");
		expect(sql).toContain("= 'x''; DROP TABLE t; --\nSELECT 1'");
		expect(sql.split('\n')[0]).toBe("-- 最新の公表日のx'; DROP TABLE t; -- SELECT 1の市町村を交付率の高い順に");
		expect(classifyExploreSql(sql)).toEqual({ allowed: true });
	});
});
