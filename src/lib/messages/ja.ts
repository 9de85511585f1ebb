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
	scaleLabel: '色分け',
	scaleFixed: '全公表日で共通',
	scaleRelative: 'この公表日の中での順位',
	updating: (what: string) => `${what}のデータに更新中…`,
	deepLinkPending: '指定された公表日・都道府県のデータを読み込んでいます…',
	nationalAfterExtraCards: (focus: string, now: string, target: string, projected: boolean) =>
		projected
			? `目標の${target}は、期限時点の全国の交付率の見込みです（今は${now}。他の都道府県の伸びと、${focus}の交付の増加による上昇を含みます）。`
			: `目標の${target}は今の全国の交付率（${now}）より高い値です。${focus}の交付が増えると全国の交付率も上がるためです。`,
	sourcesTitle: '出典',
	mlitCredit: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
	micSource: '総務省「マイナンバーカード交付状況について」（Code for Japan による CSV 整形版）',
	skipMapToTable: '地図を飛ばして表へ',
	closePanel: '閉じる',
	sqlResultRegion: 'SQL の結果の表（矢印キーで横にも動かせます）',
	importFilesLabel: '取り込む公表ファイルを選ぶ',
	boundarySource: 'SmartNews Media Research Institute「japan-topography」（国土数値情報 N03 2021年1月1日版を簡略化）',

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
		`入力ファイル ${path} がミラーにもキャッシュにもなく、${url} からも取得できませんでした（オフラインの場合は KOFURITSU_MIRROR にミラーのフォルダを指定してください）`,

	// Projection and campaign scenarios.
	projectionNoCampaign: '見込みは、キャンペーンなどによる急増がないと仮定しています（直近のペースのまま）。',
	projectionMethod: (method: string) =>
		`方法: ${method}。90%の幅は、過去の各公表時点でそれまでに分かっていた見込みの誤差（期間別）から作り、過去の公表で試して実際の値がどの期間でも約90%入る方法を選びました（npm run backtest）。`,
	projectionInterval: (low: string, high: string) => `90%の幅 ${low}〜${high}`,
	scenarioTitle: 'キャンペーンを想定する',
	scenarioStart: '開始',
	scenarioEnd: '終了',
	scenarioMultiplier: 'ペース（倍）',
	scenarioSurge: '過去の急増から',
	scenarioSurgeNone: '倍率を入力',
	scenarioSurgeOption: (start: string, end: string, days: number, strength: string) => `${start}〜${end}（${days}日、${strength}倍）`,
	scenarioNote: (start: string, end: string, multiplier: string) => `${start}〜${end}に全都道府県の交付ペースが${multiplier}倍`,
	scenarioLabel: 'キャンペーン想定',
	scenarioResult: (rate: string, low: string, high: string, rank: number) => `${rate}（90%の幅 ${low}〜${high}）、${rank}位`,
	scenarioSurgesHint: '急増: 全国の交付ペースが直前6回の中央値の1.5倍以上だった期間',
};
