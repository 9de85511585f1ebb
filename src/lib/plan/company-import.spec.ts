import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { parseCompanyFile, municipalityReader } from './company-import';
import { encodeShiftJis } from '../../../tests/support/invented-release';

// Invented companies; municipality names and codes are public identifiers.
const municipalities = [
	{ code6: '012025', name: '函館市' },
	{ code6: '012076', name: '帯広市' },
	{ code6: '016365', name: '音更町' },
	{ code6: '011002', name: '札幌市' }
];
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('company list import', () => {
	it('reads columns by meaning, wherever the header is, with notes joined and defaults filled', async () => {
		const csv = [
			'架空の企業リスト（十勝）,,,,,,,',
			',,,,,,,',
			'事業所名,所在地,従業員数（人）,連絡先,備考,実施希望時期,ステータス,担当市町村',
			'架空食品 帯広工場,北海道帯広市西1条,"1,200",総務課 0155-00-0000,"食堂で昼休みに,可",8月下旬,希望あり,音更町',
			'"架空運輸 ""本社""",01636,85人,,,,,',
			',,,,,,,',
			'合計,,1285,,,,,'
		].join('\r\n');
		const companies = await parseCompanyFile('list.csv', utf8(csv), municipalities);
		expect(companies).toEqual([
			{ line: 4, name: '架空食品 帯広工場', code6: '012076', employees: 1200, contact: '総務課 0155-00-0000 / 食堂で昼休みに,可', period: '8月下旬', status: '希望あり', deskCode6: '016365' },
			{ line: 5, name: '架空運輸 "本社"', code6: '016365', employees: 85, contact: '', period: '', status: '打診中', deskCode6: '' }
		]);
	});

	it('refuses a list with a bad row whole, naming file, row and column', async () => {
		const csv = ['企業名,所在市町村,従業員数,状況', '架空食品,帯広市,120,打診中', '架空建設,東京都千代田区,約三十,検討中', '架空商店,函館市,3,実施決定'].join('\n');
		await expect(parseCompanyFile('bad.csv', utf8(csv), municipalities)).rejects.toThrow(
			'bad.csv 3行目 所在市町村: 北海道の市町村名（例: 帯広市）か団体コードが必要です、bad.csv 3行目 従業員数: 0以上の整数（人）か空欄が必要です、bad.csv 3行目 状況: 打診中・希望あり・日程調整中・実施決定・実施済・見送りのいずれか（空欄は打診中）が必要です（bad.csv は読み込んでいません。何も変えていません）'
		);
	});

	it('reads Shift_JIS as Excel saves it, and names a missing column', async () => {
		const sjis = encodeShiftJis('会社名,市町村名\r\n架空商事,函館市\r\n');
		expect((await parseCompanyFile('sjis.csv', sjis, municipalities)).map((c) => [c.name, c.code6])).toEqual([['架空商事', '012025']]);
		await expect(parseCompanyFile('nocity.csv', utf8('企業名,従業員数\n架空商事,3\n'), municipalities)).rejects.toThrow('nocity.csv 1行目 所在市町村: 「所在市町村」の列がありません');
		await expect(parseCompanyFile('dup.csv', utf8('企業名,所在市町村\n架空商事,函館市\n架空商事,函館市\n'), municipalities)).rejects.toThrow('dup.csv 3行目 企業名: 同じ所在市町村の同じ企業名が 2行目にもあります');
		await expect(parseCompanyFile('open.csv', utf8('企業名,所在市町村\n"架空商事,函館市\n'), municipalities)).rejects.toThrow('open.csv 2行目: 引用符（"）が閉じていません');
	});

	it('reads XLSX made in Excel, numbers as numbers, and refuses its bad row by sheet line', async () => {
		const sheet = [
			[{ value: '企業名' }, { value: '所在市町村' }, { value: '従業員数' }, { value: '希望時期' }],
			[{ value: '架空製作所' }, { value: '音更町' }, { value: 340 }, { value: '9月' }],
			[{ value: '架空病院' }, { value: '札幌市中央区' }, { value: 1500 }, null]
		];
		const bytes = new Uint8Array(await writeXlsxFile(sheet as never).toBuffer());
		expect((await parseCompanyFile('list.xlsx', bytes, municipalities)).map((c) => [c.line, c.name, c.code6, c.employees])).toEqual([
			[2, '架空製作所', '016365', 340],
			[3, '架空病院', '011002', 1500]
		]);
		const bad = new Uint8Array(await writeXlsxFile([...sheet, [{ value: '' }, { value: '帯広市' }, { value: -4 }, null]] as never).toBuffer());
		await expect(parseCompanyFile('bad.xlsx', bad, municipalities)).rejects.toThrow('bad.xlsx 4行目 企業名: 企業名が空欄です、bad.xlsx 4行目 従業員数: 0以上の整数（人）か空欄が必要です');
	});

	it('reads municipalities as people write them', () => {
		const read = municipalityReader(municipalities);
		expect(['帯広市', '北海道帯広市', '帯広市西1条南', '０１２０７６', '01207', '帯広', ''].map(read)).toEqual(['012076', '012076', '012076', '012076', '012076', null, null]);
	});
});
