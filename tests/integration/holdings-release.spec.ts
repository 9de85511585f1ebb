/** A release of cards held alone (保有枚数, from 2023-06) is a release the site can take and choose. */
import { describe, expect, it } from 'vitest';
import { missingForNewRelease } from '../../src/lib/import/group-releases';
import type { ParsedFile } from '../../src/lib/import/parse-file';
import type { TableKind } from '../../src/lib/domain/issuance-tables';

const file = (kind: TableKind) => ({ kind, fileName: `${kind}.csv`, header: [], rows: [], format: 'CSV (UTF-8)', releaseDate: '2023-06-30' }) as unknown as ParsedFile;

describe('a new release of cards held', () => {
	it('needs only the municipal and prefectural tables of cards held', () => {
		expect(missingForNewRelease('2023-06-30', [file('municipalHeld'), file('prefecturalHeld')])).toBeNull();
	});
	it('is refused with one of the two missing', () => {
		expect(missingForNewRelease('2023-06-30', [file('municipalHeld')])).toContain('新しい公表日の保有枚数には');
	});
	it('with issued tables too, still needs all three issued tables', () => {
		expect(missingForNewRelease('2023-06-30', [file('municipalHeld'), file('prefecturalHeld'), file('municipal')])).toContain('都道府県別');
	});
});
