import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandSql, municipalityKind, peerRanks, populationBand, POPULATION_BANDS, type PeerInput } from './peer-groups';
import { openMemoryEngine, type NodeEngine } from '../server/node-engine';
import { MUNICIPAL_PEER_RANKS, type PeerRankRow } from '../sql/queries';

// Invented municipalities: two prefectures, cities, a special ward, towns and villages, and ties.
const invented: PeerInput[] = [
	{ code6: '010001', name: '甲市', prefecture: '北海道', population: 600_000, cards: 300_000 }, // 50.0 %
	{ code6: '010002', name: '乙市', prefecture: '北海道', population: 40_000, cards: 20_000 }, // 50.0 % (tie with 甲市)
	{ code6: '010003', name: '丙町', prefecture: '北海道', population: 40_000, cards: 24_000 }, // 60.0 %
	{ code6: '010004', name: '丁村', prefecture: '北海道', population: 9_999, cards: 1_000 }, // 10.0 %
	{ code6: '010005', name: '戊郡己町', prefecture: '北海道', population: 10_000, cards: 5_000 }, // 50.0 %
	{ code6: '130001', name: '庚区', prefecture: '東京都', population: 500_000, cards: 350_000 }, // 70.0 %
	{ code6: '130002', name: '辛市', prefecture: '東京都', population: 30_000, cards: 9_000 }, // 30.0 %
	{ code6: '130003', name: '壬村', prefecture: '東京都', population: 2_000, cards: 1_800 } // 90.0 %
];

describe('municipalityKind and populationBand', () => {
	it('counts cities and special wards as 市区, towns and villages as 町村', () => {
		expect(['札幌市', '千代田区', 'ニセコ町', '虻田郡ニセコ町', '音威子府村', '大町町', '十日町市'].map(municipalityKind)).toEqual(['city', 'city', 'town', 'town', 'town', 'town', 'city']);
	});

	it('puts each population in its band, lower bound included', () => {
		expect([0, 9_999, 10_000, 29_999, 30_000, 49_999, 50_000, 99_999, 100_000, 199_999, 200_000, 499_999, 500_000, 3_700_000].map((p) => populationBand(p).label)).toEqual([
			'1万人未満', '1万人未満', '1万〜3万人', '1万〜3万人', '3万〜5万人', '3万〜5万人', '5万〜10万人', '5万〜10万人', '10万〜20万人', '10万〜20万人', '20万〜50万人', '20万〜50万人', '50万人以上', '50万人以上'
		]);
		expect(POPULATION_BANDS.map((b) => b.min)).toEqual([500_000, 200_000, 100_000, 50_000, 30_000, 10_000, 0]);
	});

	it('writes the same bands as SQL', () => {
		expect(bandSql('p')).toBe("CASE WHEN p >= 500000 THEN '500k' WHEN p >= 200000 THEN '200k' WHEN p >= 100000 THEN '100k' WHEN p >= 50000 THEN '50k' WHEN p >= 30000 THEN '30k' WHEN p >= 10000 THEN '10k' ELSE '0' END");
	});
});

const expected = [
	// code6, kind, band, kind rank/count national, kind rank/count in prefecture, band rank/count national, band rank/count in prefecture
	['010001', 'city', '500k', 2, 4, 1, 2, 2, 2, 1, 1],
	['010002', 'city', '30k', 2, 4, 1, 2, 2, 3, 2, 2],
	['010003', 'town', '30k', 2, 4, 1, 3, 1, 3, 1, 2],
	['010004', 'town', '0', 4, 4, 3, 3, 2, 2, 1, 1],
	['010005', 'town', '10k', 3, 4, 2, 3, 1, 1, 1, 1],
	['130001', 'city', '500k', 1, 4, 1, 2, 1, 2, 1, 1],
	['130002', 'city', '30k', 4, 4, 2, 2, 3, 3, 1, 1],
	['130003', 'town', '0', 1, 4, 1, 1, 1, 2, 1, 1]
];
const asRow = ([code6, kind, band, a, b, c, d, e, f, g, h]: (string | number)[]) => ({
	code6, kind, band,
	kind_rank_national: a, kind_count_national: b, kind_rank_prefecture: c, kind_count_prefecture: d,
	band_rank_national: e, band_count_national: f, band_rank_prefecture: g, band_count_prefecture: h
});

describe('peerRanks', () => {
	it('ranks by cards ÷ population unrounded within kind and band, nationally and in the prefecture; ties share a rank', () => {
		expect(peerRanks(invented)).toEqual(expected.map(asRow));
	});

	it('does not round: 1 card in 3 people ranks below 33,334 in 100,000', () => {
		const close = peerRanks([
			{ code6: '1', name: 'A町', prefecture: 'X', population: 3, cards: 1 },
			{ code6: '2', name: 'B町', prefecture: 'X', population: 100_000, cards: 33_334 }
		]);
		expect(close.map((r) => r.kind_rank_national)).toEqual([2, 1]);
	});
});

describe('MUNICIPAL_PEER_RANKS', () => {
	let engine: NodeEngine;
	beforeAll(async () => {
		engine = await openMemoryEngine();
		await engine.query('CREATE TABLE municipalities (code6 VARCHAR, name VARCHAR, prefecture VARCHAR)');
		await engine.query('CREATE TABLE municipal_issuance (release_date DATE, code6 VARCHAR, population BIGINT, cards BIGINT)');
		for (const r of invented) {
			await engine.query('INSERT INTO municipalities VALUES ($1, $2, $3)', [r.code6, r.name, r.prefecture]);
			await engine.query("INSERT INTO municipal_issuance VALUES ('2022-06-30', $1, $2, $3)", [r.code6, r.population, r.cards]);
			// Another release, which must not mix in.
			await engine.query("INSERT INTO municipal_issuance VALUES ('2022-05-31', $1, $2, $3)", [r.code6, r.population, r.population - r.cards]);
		}
	});
	afterAll(() => engine.close());

	it('gives the reference ranks for Hokkaido, in SQL', async () => {
		const rows = await engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, ['2022-06-30', null, '北海道']);
		expect(rows.map(({ name: _name, ...r }) => r)).toEqual(expected.filter((e) => String(e[0]).startsWith('01')).map(asRow));
	});

	it('answers for one municipality', async () => {
		const rows = await engine.query<PeerRankRow>(MUNICIPAL_PEER_RANKS, ['2022-06-30', '010005', '北海道']);
		expect(rows).toEqual([{ name: '戊郡己町', ...asRow(expected[4]) }]);
	});
});
