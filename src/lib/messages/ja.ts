/** Every user-facing string lives here, so a second language is one more file. */
import { formatInteger } from '../domain/format';

export const ja = {
	appName: 'マイナンバーカード交付状況ダッシュボード（北海道）',
	appShortName: 'Kofuritsu',
	hokkaido: '北海道',
	nation: '全国',
	rate: '交付率',
	cards: '交付枚数',
	population: '人口',
	rank: (rank: number, of: number) => `${rank}位/${of}`,
	asOf: (seireki: string, wareki: string) => `${seireki}（${wareki}）時点`,
	mapTitle: '市町村別 交付率',
	legendTitle: '交付率（%）',
	noData: 'データなし',
	noDataNorthernTerritories: '北方領土の村（交付データなし）',
	duckdbLoading: '集計エンジンを準備しています…',
	duckdbReady: (releases?: number) => (releases ? `集計エンジン準備完了（${releases}回分の公表データ）` : '集計エンジン準備完了'),
	duckdbFailed: (detail: string) =>
		`集計エンジンを起動できませんでした。地図と数値は表示されたまま使えます。（${detail}）`,
	releaseSelect: '公表日',
	sourcesTitle: '出典',
	mlitCredit: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
	micSource: '総務省「マイナンバーカード交付状況について」（Code for Japan による CSV 整形版）',
	boundarySource: 'SmartNews Media Research Institute「japan-topography」（国土数値情報 N03 2021年1月1日版を簡略化）',
	// Offline use (service worker) and updates of the site.
	updateAvailable: '新しいデータがあります',
	updateButton: '更新',
	offlineTitle: 'オフラインでの利用',
	offlineReady: 'オフラインで使えます。このブラウザーにサイト一式（地図・全国比較・概要・計画・探索と集計エンジン）を保存しました。通信がなくても開けます。',
	offlinePreparing: '準備中：オフラインで使えるよう、サイト一式をこのブラウザーに保存しています。',
	offlineInsecure: (origin: string) =>
		`オフラインでは使えません。このサイトは暗号化されていない http（${origin}）で配信されており、ブラウザーは https または localhost のサイトにしかオフライン用の保存（Service Worker）を許可しないためです。https で配信されれば、一度開いたあとは通信がなくても使えます。通信がある間は、これまでどおりすべての機能を使えます。`,
	offlineUnsupported: 'このブラウザーはオフライン用の保存（Service Worker）に対応していないため、オフラインでは使えません。通信がある間は、これまでどおりすべての機能を使えます。',
	offlineFailed: (detail: string) => `オフライン用の保存に失敗しました（${detail}）。通信がある間は、これまでどおり使えます。`,

	// Data errors: always file, row, column and what was expected.
	rowError: (file: string, row: number, column: string, problem: string) => `${file} ${row}行目 ${column}: ${problem}`,
	fileError: (file: string, problem: string) => `${file}: ${problem}`,
	notANumber: (text: string) => `「${text}」は数値として読めません（0以上の整数が必要です）`,
	negative: (text: string) => `「${text}」は負の数です（0以上の整数が必要です）`,
	exceedsPopulation: (population: number) => `人口(${formatInteger(population)})を超えています`,
	badDate: (text: string) => `「${text}」は日付として読めません（YYYY/MM/DD 形式が必要です）`,
	dateMismatch: (text: string, expected: string) => `「${text}」は公表日 ${expected} と一致しません`,
	badCode: (text: string) => `「${text}」は団体コードとして読めません（6桁の数字が必要です）`,
	badCheckDigit: (code: string, expected: number) => `団体コード ${code} の検査数字が誤っています（正しくは ${expected}）`,
	unknownCode: (code: string) => `団体コード ${code} は市区町村マスタにありません`,
	codeNameMismatch: (code: string, name: string, expected: string) =>
		`団体コード ${code} の名称「${name}」がマスタの「${expected}」と一致しません`,
	duplicateCode: (code: string, firstRow: number) => `団体コード ${code} が重複しています（${firstRow}行目と同じ）`,
	unknownPrefecture: (text: string) => `「${text}」は都道府県名として読めません`,
	duplicatePrefecture: (name: string, firstRow: number) => `${name} が重複しています（${firstRow}行目と同じ）`,
	unresolvedMissingCode: (prefecture: string, name: string) =>
		`団体コードがなく、${prefecture}${name} をマスタから特定できません`,
	resolvedMissingCode: (file: string, row: number, prefecture: string, name: string, code: string) =>
		`${file} ${row}行目: 団体コードが「<NA>」のため、${prefecture}${name} の団体コード ${code} をマスタから補いました`,
	missingColumns: (columns: string[]) => `必要な列がありません: ${columns.join('、')}`,
	emptyFile: '行がありません',
	missingSource: (path: string, url: string) =>
		`入力ファイル ${path} がミラーにもキャッシュにもなく、${url} からも取得できませんでした（オフラインの場合は KOFURITSU_MIRROR にミラーのフォルダを指定してください）`
};
