import { describe, expect, it } from 'vitest';
import { formatSeireki, formatWareki, isoToReleaseDir, parseSlashDate, releaseDirToIso } from './release-date';

describe('release dates', () => {
	it('parses the published YYYY/MM/DD form', () => {
		expect(parseSlashDate('2022/06/30')).toBe('2022-06-30');
		expect(parseSlashDate('2019/9/16')).toBe('2019-09-16');
		expect(parseSlashDate('2022-06-30')).toBe('2022-06-30');
	});
	it('rejects impossible or malformed dates', () => {
		expect(parseSlashDate('2022/02/30')).toBeNull();
		expect(parseSlashDate('2022/13/01')).toBeNull();
		expect(parseSlashDate('令和4年6月30日')).toBeNull();
		expect(parseSlashDate('')).toBeNull();
	});
	it('maps release folders to dates and back', () => {
		expect(releaseDirToIso('20200120')).toBe('2020-01-20');
		expect(releaseDirToIso('2020012')).toBeNull();
		expect(isoToReleaseDir('2020-01-20')).toBe('20200120');
	});
	it('writes both calendars', () => {
		expect(formatSeireki('2022-06-30')).toBe('2022年6月30日');
		expect(formatWareki('2022-06-30')).toBe('令和4年6月30日');
		expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
		expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
		expect(formatWareki('2017-03-08')).toBe('平成29年3月8日');
	});
});
