import { describe, expect, it } from 'vitest';
import { boundaryFile, boundaryFilePrefecture, unassignedAreaCode } from './boundary-file';
import { prefectureOfCode6 } from '../domain/prefectures';

describe('boundaryFile', () => {
	it('names the two-digit file of a prefecture code', () => {
		expect(boundaryFile(1)).toBe('data/boundaries/01.topo.json');
		expect(boundaryFile(13)).toBe('data/boundaries/13.topo.json');
		expect(boundaryFile(47)).toBe('data/boundaries/47.topo.json');
	});

	it('refuses codes that are not prefectures', () => {
		expect(() => boundaryFile(0)).toThrow('1〜47');
		expect(() => boundaryFile(48)).toThrow('1〜47');
		expect(() => boundaryFile(1.5)).toThrow();
	});

	it('reads the prefecture back from a path or URL under any base, and nothing from other files', () => {
		expect(boundaryFilePrefecture('/data/boundaries/20.topo.json')).toBe(20);
		expect(boundaryFilePrefecture('/sub/folder/data/boundaries/01.topo.json?v=2')).toBe(1);
		expect(boundaryFilePrefecture('https://example.invalid/data/boundaries/47.topo.json')).toBe(47);
		expect(boundaryFilePrefecture('/data/hokkaido.topo.json')).toBeNull();
		expect(boundaryFilePrefecture('/data/prefectures.topo.json')).toBeNull();
	});
});

describe('unassignedAreaCode', () => {
	it('is not a 6-digit code but still tells its prefecture', () => {
		expect(unassignedAreaCode(13)).toBe('13-unassigned');
		expect(unassignedAreaCode(13)).not.toMatch(/^\d{6}$/);
		expect(prefectureOfCode6(unassignedAreaCode(47))).toBe('沖縄県');
	});
});
