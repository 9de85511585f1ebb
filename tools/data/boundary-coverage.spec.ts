import { describe, expect, it } from 'vitest';
import { checkBoundaryCoverage, type BoundaryShape } from './boundary-coverage';

const municipalities = [
	{ code6: '991007', name: '見本市', prefecture: '架空県' },
	{ code6: '993011', name: '試験町', prefecture: '架空県' },
	{ code6: '981001', name: '想定村', prefecture: '仮想県' }
];
const shape = (code6: string, name: string, hasData = true): BoundaryShape => ({ code6, name, hasData });

describe('checkBoundaryCoverage', () => {
	it('passes when every municipality of every release has one shape, and lists the shapes without data', () => {
		const boundaries = new Map([
			['架空県', [shape('991007', '見本市'), shape('993011', '試験町'), shape('99-unassigned', '所属未定地', false)]],
			['仮想県', [shape('981001', '想定村')]]
		]);
		const issuance = municipalities.flatMap((m) => ['2022-05-01', '2022-06-30'].map((release_date) => ({ release_date, code6: m.code6 })));
		expect(checkBoundaryCoverage(issuance, municipalities, boundaries)).toEqual({ errors: [], withoutData: [{ prefecture: '架空県', names: ['所属未定地'] }] });
	});

	it('names release, prefecture, code and name of a municipality with no shape or two', () => {
		const boundaries = new Map([
			['架空県', [shape('991007', '見本市'), shape('991007', '見本市')]],
			// A shape in another prefecture's file does not count for it.
			['仮想県', [shape('981001', '想定村'), shape('993011', '試験町')]]
		]);
		const issuance = [
			{ release_date: '2022-06-30', code6: '991007' },
			{ release_date: '2022-06-30', code6: '993011' },
			{ release_date: '2022-06-30', code6: '981001' }
		];
		expect(checkBoundaryCoverage(issuance, municipalities, boundaries).errors).toEqual([
			'境界の照合: 2022-06-30 の 架空県 991007 見本市 は境界データに形が 2 つあります',
			'境界の照合: 2022-06-30 の 架空県 993011 試験町 は境界データに形がありません'
		]);
	});

	it('fails a release whose prefecture has no boundaries at all', () => {
		const result = checkBoundaryCoverage([{ release_date: '2022-06-30', code6: '981001' }], municipalities, new Map());
		expect(result.errors).toEqual(['境界の照合: 2022-06-30 の 仮想県 981001 想定村 は境界データに形がありません']);
	});
});
