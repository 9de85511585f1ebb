/**
 * Snapshots of every chart the site draws, rendered on the server from invented figures with the
 * components' own code, Svelte's hashed class names stripped (strip-hashes.ts). A change of what is
 * drawn shows up as a diff to look at; when it is meant, `npx vitest run --project unit -u
 * tests/snapshots` writes the new files into tests/snapshots/output/.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { stripHashes } from './strip-hashes';
import GapChart from '../../src/lib/components/ranking/GapChart.svelte';
import MunicipalStrip from '../../src/lib/components/ranking/MunicipalStrip.svelte';
import PrefectureChoropleth from '../../src/lib/components/ranking/PrefectureChoropleth.svelte';
import RankBumpChart from '../../src/lib/components/ranking/RankBumpChart.svelte';
import RankingBars from '../../src/lib/components/ranking/RankingBars.svelte';
import OutlookChart from '../../src/lib/components/summary/OutlookChart.svelte';
import RankHistoryChart from '../../src/lib/components/summary/RankHistoryChart.svelte';
import RateHistoryChart from '../../src/lib/components/municipality/RateHistoryChart.svelte';
import QuickBarChart from '../../src/lib/components/explore/QuickBarChart.svelte';
import Legend from '../../src/lib/components/common/Legend.svelte';
import type { MunicipalityHistoryRow, PrefectureHistoryRow } from '../../src/lib/sql/queries';
import type { OutlookPoint, OutlookRow } from '../../src/lib/data/summary-outlook';
import type { NationalMunicipalRates } from '../../src/lib/data/national-municipal-rates';
import type { ColorClasses } from '../../src/lib/map/color-classes';

// Invented figures: four prefectures over four releases, none of them the official ones.
const RELEASES = ['2019-04-01', '2020-04-01', '2021-04-01', '2022-04-01'];
const PREFECTURES: Array<[name: string, code: number, rates: number[]]> = [
	['北海道', 1, [10.0, 14.0, 25.0, 38.0]],
	['青森県', 2, [11.0, 15.0, 24.0, 36.0]],
	['岩手県', 3, [12.0, 16.5, 27.0, 41.0]],
	['宮城県', 4, [13.5, 17.0, 28.5, 43.0]]
];
const NATIONAL = [13.0, 16.0, 27.5, 42.0];
const POPULATION = 1_000_000;

const history: PrefectureHistoryRow[] = RELEASES.flatMap((release_date, r) => {
	const ranked = [...PREFECTURES].sort((a, b) => b[2][r] - a[2][r]).map(([name]) => name);
	return PREFECTURES.map(([prefecture, pref_code, rates]) => ({
		release_date,
		prefecture,
		pref_code,
		population: POPULATION,
		cards: (rates[r] * POPULATION) / 100,
		rate: rates[r],
		rank: ranked.indexOf(prefecture) + 1,
		national_rate: NATIONAL[r]
	}));
});
const latest = history.filter((h) => h.release_date === RELEASES.at(-1));
const focus = '北海道';
const fillOf = (rate: number) => (rate >= 40 ? '#08519c' : rate >= 30 ? '#3182bd' : '#9ecae1');

const fan: OutlookPoint[] = [
	{ date: '2022-04-01', rate: 38.0, low: 38.0, high: 38.0, national: 42.0, rank: 3 },
	{ date: '2022-12-31', rate: 50.0, low: 46.0, high: 54.0, national: 55.0, rank: 3 },
	{ date: '2023-03-31', rate: 55.0, low: 49.0, high: 61.0, national: 60.0, rank: 2 }
];
const outlook: OutlookRow[] = fan.slice(1).map((p, i) => ({ ...p, deadline: { date: p.date, label: ['年末', '年度末'][i] }, scenario: null }));

const townHistory: MunicipalityHistoryRow[] = RELEASES.map((release_date, r) => ({
	release_date,
	population: 20_000,
	cards: 20_000 * (PREFECTURES[0][2][r] + 3) / 100,
	rate: PREFECTURES[0][2][r] + 3,
	prefecture_rate: PREFECTURES[0][2][r],
	national_rate: NATIONAL[r]
}));

const municipalities: NationalMunicipalRates = {
	code6: ['019011', '019020', '029017', '039012', '049018'],
	name: ['架空市', '見本町', '試験村', '想定町', '仮設市'],
	pref_code: [1, 1, 2, 3, 4],
	rate: [22.5, 31.0, 36.4, 40.2, 47.9]
};

const classes: ColorClasses = { breaks: [20, 30, 42], colors: ['#c6dbef', '#9ecae1', '#3182bd', '#08519c'], min: 10, max: 55, named: [{ value: 42, label: '全国' }] };

/** Draws one component with `props` and compares it with its stored file. */
async function snapshot<P extends Record<string, unknown>>(name: string, component: Component<P>, props: P) {
	const { body } = render(component as Component<Record<string, unknown>>, { props });
	expect(body).toMatch(/<svg|<table|<ol|<ul|<div/);
	await expect(`${stripHashes(body)}\n`).toMatchFileSnapshot(`./output/${name}.html`);
}

describe('the drawn charts', () => {
	it('ranking: bars of every prefecture, the focus and the nation marked', async () => {
		await snapshot('ranking-bars', RankingBars, { rows: latest, focus, nationalRate: NATIONAL.at(-1)!, fillOf });
		await snapshot('ranking-bars-compact', RankingBars, { rows: latest, focus, nationalRate: NATIONAL.at(-1)!, fillOf, compact: true });
	});

	it('ranking: the map of prefectures', async () => {
		const square = (x: number) => `M${x},0h40v40h-40z`;
		const shapes = PREFECTURES.map(([name], i) => ({ name, d: square(50 * i) }));
		await snapshot('prefecture-choropleth', PrefectureChoropleth, { shapes, rateOf: (n: string) => latest.find((r) => r.prefecture === n)?.rate, fillOf, focus });
	});

	it('ranking: ranks over time, gap to the nation, every municipality of the country', async () => {
		await snapshot('rank-bump-chart', RankBumpChart, { history, focus, prefectures: PREFECTURES.map(([n]) => n), releases: RELEASES });
		await snapshot('gap-chart', GapChart, { rows: history.filter((r) => r.prefecture === focus), focus });
		await snapshot('municipal-strip', MunicipalStrip, { municipalities, focus, found: '019020' });
	});

	it('summary: the outlook with its interval, and the rank over time', async () => {
		await snapshot('outlook-chart', OutlookChart, { actual: history.filter((r) => r.prefecture === focus), fan, focus, deadlines: outlook.map((o) => o.date) });
		await snapshot('rank-history-chart', RankHistoryChart, { actual: history.filter((r) => r.prefecture === focus), outlook, count: PREFECTURES.length, focus });
	});

	it('municipality: its rate against the prefecture and the nation', async () => {
		await snapshot('rate-history-chart', RateHistoryChart, { history: townHistory, name: '架空市', prefecture: focus });
	});

	it('explore: the quick bar chart of a result', async () => {
		const chart = { label: 0, value: 1, bars: [{ label: '架空市', value: 41.5 }, { label: '見本町', value: 33.0 }, { label: '試験村', value: -2.5 }] };
		await snapshot('quick-bar-chart', QuickBarChart, { chart, labelName: '市町村', valueName: '交付率' });
	});

	it('the legend of a colour scale', async () => {
		await snapshot('legend', Legend, { title: '交付率（%）', classes, format: (n: number) => n.toFixed(1), noData: '北方領土の村（交付データなし）' });
	});
});
