import { describe, expect, it } from 'vitest';
import { releaseListRows } from './release-list';

describe('the データ page lists every release with its measures', () => {
	const releases = [{ release_date: '2022-06-30', population_base_date: '2022-01-01', source: 'mic', has_demographics: true }];
	const measures = [
		{ release_date: '2022-06-30', issued: true, held: false },
		{ release_date: '2023-06-30', issued: false, held: true },
		{ release_date: '2023-07-31', issued: false, held: true }
	];
	it('adds releases of cards held alone, with their source', () => {
		const rows = releaseListRows(releases, measures, new Set(['2023-07-31']));
		expect(rows.map((r) => [r.release_date, r.source, r.metrics])).toEqual([
			['2022-06-30', 'mic', ['issued']],
			['2023-06-30', 'import', ['held']],
			['2023-07-31', 'browser', ['held']]
		]);
		expect(rows[1].population_base_date).toBe('');
	});
});
