import { describe, expect, it } from 'vitest';
import { firstHeldRelease, issuedOnly, releaseMeasuresFrom, metricsAt, projectionAvailable, releasesWith, resolveMetric, type ReleaseMeasures } from './release-measures';

const list: ReleaseMeasures[] = [
	{ release_date: '2022-05-31', issued: true, held: false },
	{ release_date: '2022-06-30', issued: true, held: false },
	{ release_date: '2023-06-30', issued: false, held: true },
	{ release_date: '2023-07-31', issued: true, held: true }
];

describe('measure availability per release', () => {
	it('lists the releases of each measure', () => {
		expect(releasesWith(list, 'issued')).toEqual(['2022-05-31', '2022-06-30', '2023-07-31']);
		expect(releasesWith(list, 'held')).toEqual(['2023-06-30', '2023-07-31']);
	});
	it('says which measures a release has', () => {
		expect(metricsAt(list, '2022-06-30')).toEqual(['issued']);
		expect(metricsAt(list, '2023-06-30')).toEqual(['held']);
		expect(metricsAt(list, '2023-07-31')).toEqual(['issued', 'held']);
		expect(metricsAt(list, '2024-01-31')).toEqual([]);
	});
	it('keeps the wanted measure where the release has it, else takes the one it has', () => {
		expect(resolveMetric(list, '2023-07-31', 'held')).toBe('held');
		expect(resolveMetric(list, '2023-07-31', 'issued')).toBe('issued');
		expect(resolveMetric(list, '2023-06-30', 'issued')).toBe('held');
		expect(resolveMetric(list, '2022-06-30', 'held')).toBe('issued');
		expect(resolveMetric(list, '1999-01-01', 'held')).toBeNull();
	});
	it('builds the list from the dates of each measure', () => {
		expect(releaseMeasuresFrom(['2022-06-30', '2022-05-31', '2023-07-31', '2022-06-30'], ['2023-07-31', '2023-06-30'])).toEqual(list);
	});
	it('finds the break at the first release of cards held', () => {
		expect(firstHeldRelease(list)).toBe('2023-06-30');
		expect(firstHeldRelease(issuedOnly(['2022-06-30']))).toBeNull();
	});
	it('projects a measure only from enough of its releases', () => {
		expect(projectionAvailable(list, 'issued')).toBe(false);
		const many = issuedOnly(['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30', '2022-05-31', '2022-06-30']);
		expect(projectionAvailable(many, 'issued')).toBe(true);
		expect(projectionAvailable(many, 'held')).toBe(false);
	});
});
