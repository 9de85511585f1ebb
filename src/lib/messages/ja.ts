/** Every user-facing string lives here, so a second language is one more file. */
import { formatInteger } from '../domain/format';
import type { Refusal } from '../sql/explore-guard';

/** A cell's text as quoted back in a message: at most 40 characters, so a hostile cell cannot flood the page. */
const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…（${formatInteger(text.length)}文字）` : text);

export const ja = {
	appName: 'マイナンバーカード交付状況ダッシュボード（北海道）',
	appShortName: 'Kofuritsu',
	hokkaido: '北海道',
	nation: '全国',
	rate: '交付率',
	cards: '交付枚数',
	population: '人口',
	rank: (rank: number, of: number) => `${rank}位/${of}`,
	// ── 保有枚数 (issue #16): the two measures and their labels; never one under the other's ──
	metricLabels: {
		issued: { rate: '交付率', cards: '交付枚数', measure: '交付枚数（累計）' },
		held: { rate: '保有枚数率', cards: '保有枚数', measure: '保有枚数' }
	},
	rankByMetric: (rateLabel: string, rank: number, of: number) => `${rateLabel}で 全国${rank}位/${of}`,
	releaseOption: (date: string, metrics: readonly ('issued' | 'held')[]) =>
		metrics.length === 1 && metrics[0] === 'held' ? `${date}（保有枚数のみ）` : metrics.includes('held') ? `${date}（交付・保有）` : date,
	measureGroup: { issued: '交付枚数（〜2022年）', held: '保有枚数（2023年6月〜）' },
	seriesBreak: '保有枚数へ切替',
	seriesBreakNote: '2023年6月末から総務省は交付枚数に代えて保有枚数（死亡・返納・期限切れを除いたカード）を公表しています。別の指標なので線をつなげていません。',
	measureUsed: (rateLabel: string) => `指標: ${rateLabel}`,
	projectionUses: (rateLabel: string, cardsLabel: string) => `この計算と見込みは${rateLabel}（${cardsLabel}）によるものです。`,
	heldProjectionNote: (count: number, needed: number) =>
		count < needed
			? `保有枚数率の見込みは出せません（保有枚数の公表は${count}回分で、見込みには${needed}回分が必要です）。見込みは交付率（2022年までの交付枚数）によるものです。`
			: '保有枚数率の見込みはまだ出していません。見込みは交付率（2022年までの交付枚数）によるものです。',
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
	// — #14 downloads (charts as PNG/SVG, tables as XLSX) and ranks by kind —
	chartDownloadCaption: '図を保存',
	chartDownloadPng: 'PNG',
	chartDownloadSvg: 'SVG',
	chartDownloadLabel: (title: string) => `「${title}」の図を保存`,
	chartDownloadFailed: (detail: string) => `図を保存できませんでした: ${detail}`,
	chartReleaseLine: (seireki: string, wareki: string) => `${seireki}（${wareki}）公表`,
	chartCreditStatistics: '出典：総務省「マイナンバーカード交付状況について」（Code for Japan による CSV 整形版）',
	chartCreditMap: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
	xlsxSave: 'Excelで保存',
	xlsxFailed: (detail: string) => `Excel ファイルを作れませんでした: ${detail}`,
	kindCity: '市区',
	kindTownVillage: '町村',
	peerRankTitle: '同じ種類・人口規模の市区町村の中での順位',
	peerRankKind: (kind: string) => `${kind}の中で`,
	peerRankBand: (band: string) => `人口${band}の中で`,
	peerRankNational: '全国',
	peerRankHokkaido: '道内',
	peerRankNote: '市区は市と東京都の特別区、町村は町と村。人口規模は公表の人口で 50万以上・20万〜50万・10万〜20万・5万〜10万・3万〜5万・1万〜3万・1万未満（下限を含み上限を含まない）。交付枚数÷人口の丸める前の値で順位を付け、同率は同順位です。',
	peerRankColumn: '種類別順位',
	peerRankColumnLong: '市区・町村の中での全国順位',
	peerRankPending: '更新中',
	skipMapToTable: '地図を飛ばして表へ',
	closePanel: '閉じる',
	exploreIntro: 'ブラウザー内の DuckDB で、右（スマートフォンでは下）の表に SQL を書いて集計できます。',
	explorePrivacy:
		'SQL はこのブラウザーの中で実行し、書いた SQL も結果もサーバーや外部へ送りません（表のデータはこのサイトから読み込んだ写しです）。表を変える SQL、ファイルや URL を読み書きする SQL、設定を変える SQL は実行しません。',
	exploreSqlLabel: 'SQL（DuckDB。Ctrl+Enter で実行）',
	exploreRun: '実行',
	exploreRunning: '実行中…',
	exploreCancel: '中止',
	exploreCancelling: '中止中…',
	exploreSave: '表示中の行をCSVで保存',
	exploreRowLimit: (limit: number) => `結果は先頭${formatInteger(limit)}行まで表示します（行数は全体を数えます）。`,
	exploreMeta: (count: number, ms: number, shown: number) =>
		`${formatInteger(count)}行（${formatInteger(Math.round(ms))} ms）${count > shown ? `。先頭${formatInteger(shown)}行を表示` : ''}`,
	exploreFailed: (detail: string) => `SQL を実行できませんでした: ${detail}`,
	exploreCancelled: '中止しました。',
	exploreBusy: '前の SQL がまだ実行中です。',
	exploreRefused: (refusal: Refusal): string => {
		const prefix = '探索では実行しません: ';
		switch (refusal.kind) {
			case 'empty':
				return 'SQL が空です。';
			case 'unterminated':
				return `${prefix}閉じていない引用符かコメントがあります。`;
			case 'escaped':
				return `${prefix}U& で始まる Unicode エスケープは使えません。`;
			case 'extension':
				return `${prefix}${refusal.word}（拡張機能は入れることも読み込むこともできません）。`;
			case 'database':
				return `${prefix}${refusal.word}（別のデータベースには接続できません）。`;
			case 'file':
				return `${prefix}${excerpt(refusal.word)}（ファイルや URL は読み書きできません）。`;
			case 'setting':
				return `${prefix}${refusal.word}（設定や変数は変えられません）。`;
			case 'write':
				return `${prefix}${refusal.word}（探索は読み取り専用です。表は変えられません）。`;
			case 'statement':
				return `${prefix}${excerpt(refusal.word)}（使えるのは SELECT・WITH・FROM・DESCRIBE・SHOW・SUMMARIZE・EXPLAIN です）。`;
		}
	},
	sqlResultRegion: 'SQL の結果の表（矢印キーで横にも動かせます）',
	importFilesLabel: '取り込む公表ファイルを選ぶ',
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

	notFoundTitle: 'ページが見つかりません',
	notFoundBody: 'お探しのページは、このサイトにありません。アドレスが正しいか確かめてください。',
	notFoundHint: 'ブラウザーの「戻る」で前のページに戻るか、サイトのトップページ（地図）から開き直してください。',
	errorTitle: 'ページを表示できませんでした',
	errorBody: '再読み込みするか、トップページから開き直してください。',
	backToTop: 'トップページ（地図）へ',

	// Data errors: always file, row, column and what was expected.
	rowError: (file: string, row: number, column: string, problem: string) => `${file} ${row}行目 ${column}: ${problem}`,
	fileError: (file: string, problem: string) => `${file}: ${problem}`,
	notANumber: (text: string) => `「${excerpt(text)}」は数値として読めません（0以上の整数が必要です）`,
	badRate: (text: string) => `「${excerpt(text)}」は率として読めません（0〜100 の数値が必要です）`,
	negative: (text: string) => `「${excerpt(text)}」は負の数です（0以上の整数が必要です）`,
	exceedsPopulation: (population: number) => `人口(${formatInteger(population)})を超えています`,
	badDate: (text: string) => `「${excerpt(text)}」は日付として読めません（YYYY/MM/DD 形式が必要です）`,
	dateMismatch: (text: string, expected: string) => `「${excerpt(text)}」は公表日 ${expected} と一致しません`,
	badCode: (text: string) => `「${excerpt(text)}」は団体コードとして読めません（6桁の数字が必要です）`,
	badCheckDigit: (code: string, expected: number) => `団体コード ${code} の検査数字が誤っています（正しくは ${expected}）`,
	unknownCode: (code: string) => `団体コード ${code} は市区町村マスタにありません`,
	codeNameMismatch: (code: string, name: string, expected: string) =>
		`団体コード ${code} の名称「${excerpt(name)}」がマスタの「${expected}」と一致しません`,
	duplicateCode: (code: string, firstRow: number) => `団体コード ${code} が重複しています（${firstRow}行目と同じ）`,
	unknownPrefecture: (text: string) => `「${excerpt(text)}」は都道府県名として読めません`,
	duplicatePrefecture: (name: string, firstRow: number) => `${name} が重複しています（${firstRow}行目と同じ）`,
	unresolvedMissingCode: (prefecture: string, name: string) =>
		`団体コードがなく、${prefecture}${name} をマスタから特定できません`,
	resolvedMissingCode: (file: string, row: number, prefecture: string, name: string, code: string) =>
		`${file} ${row}行目: 団体コードが「<NA>」のため、${prefecture}${name} の団体コード ${code} をマスタから補いました`,
	resolvedMissingCodeSummary: (count: number) =>
		`団体コードが「<NA>」の ${formatInteger(count)} 行は、マスタから団体コードを補いました（一覧は npm run data -- --verbose または DEBUG=1 で表示）`,
	missingColumns: (columns: string[]) => `必要な列がありません: ${columns.join('、')}`,
	emptyFile: '行がありません',
	// Import limits and hostile files (npm run import and the データ page alike).
	rowProblem: (file: string, row: number, problem: string) => `${file} ${row}行目: ${problem}`,
	tooLarge: (size: string, limit: string) => `${size} MiB は大きすぎます（上限 ${limit} MiB）`,
	xlsxTooLarge: (size: string, limit: string) => `展開すると ${size} MiB になり、大きすぎます（上限 ${limit} MiB。公表ファイルは数 MiB 以内です）`,
	xlsxOverLimit: (limit: string) => `展開すると上限の ${limit} MiB を超え、大きすぎます（公表ファイルは数 MiB 以内です）`,
	notRegularFile: '通常のファイルではありません（CSV か XLSX のファイルを指定してください）',
	noSuchFile: 'ファイルがありません',
	tooManyRows: (limit: number) => `行が多すぎます（上限 ${formatInteger(limit)} 行。公表データの表は数千行以内です）`,
	lineTooLong: (length: number, limit: number) => `1行が長すぎます（${formatInteger(length)} 文字。上限 ${formatInteger(limit)} 文字）`,
	nulByte: 'NUL 文字（0x00）があります。文字のファイルではありません（CSV か XLSX が必要です）',
	utf16: 'UTF-16 の文字コードは読めません。UTF-8 か Shift_JIS（CSV）で保存し直してください',
	notUtf8OrSjis: '文字コードが UTF-8 でも Shift_JIS でもありません（Windows-1252 などで保存されていませんか）',
	notXlsx: 'XLSX として読めません（壊れているか、XLSX ではありません）',
	notCsv: 'CSV として読めません（引用符が閉じていない、途中で切れている、列の数が行によって違う、などの可能性があります）',
	moreErrors: (file: string, more: number) => `${file}: ほかにも ${formatInteger(more)} 件の誤りがあります（表ごとに最初の 100 件だけを示しました）`,
	moreMessages: (more: number) => `…ほかにも ${formatInteger(more)} 件の誤りがあります（最初の 100 件だけを示しました）`,
	unknownKind: (text: string, allowed: readonly string[]) => `「${excerpt(text)}」は団体区分として読めません（${allowed.join('・')} のいずれかが必要です）`,
	duplicateColumn: (first: number, again: number) => `同じ名前の列が2つあります（${first}列目と${again}列目）。どちらの値を使うか決められません`,
	missingNationalRow: '「全国」の行がありません',
	badAgeBand: (text: string) => `「${excerpt(text)}」は年齢階級として読めません（「全体」「0～4歳」「10～14」「100歳以上」のような形が必要です）`,
	futureRelease: (date: string, today: string) => `算出基準日 ${date} は今日（${today}）より後の日付です。公表前のデータは取り込めません`,
	importAborted: '中断しました。取り込みは行いませんでした（何も変更していません）。',
	importNothingChanged: '取り込みは行いませんでした（何も変更していません）。',
	importVerboseHint: '技術的な詳細は --verbose を付けて実行すると表示されます。',
	importUsage: '使い方: npm run import -- <ファイルまたはフォルダ>... [--replace] [--verbose]',
	importInsertFailed: (what: string) => `${what} をデータベースに入れられませんでした（データは変わっていません）。ファイルの内容を確かめてください`,
	importStorageFailed: (what: string) =>
		`${what} は今の画面には反映しましたが、このブラウザに保存できませんでした（プライベートモードや保存容量の制限の可能性があります）。再読み込みすると消えます`,
	storedReleaseSkipped: (what: string) => `このブラウザに保存されていた ${what} の取り込みデータが壊れているため、飛ばしました（ほかの取り込みは反映しています。必要ならもう一度取り込んでください）`,
	storedReleasesUnreadable: 'このブラウザに保存した取り込みデータを読めませんでした（プライベートモードや保存の制限の可能性があります）。公表データだけを表示しています',
	importFailed: '取り込めませんでした（データは変わっていません）。もう一度試すか、ファイルを確かめてください',
	importChanged: (what: string, tables: string[]) => `${what} の公表データは既にあり、${tables.join('・')}の表の数値が違います。置き換えますか？`,
	importTableLabels: {
		releases: '公表回',
		municipalities: '市区町村マスタ',
		municipal_issuance: '市区町村別',
		prefectural_issuance: '都道府県別',
		national_by_kind: '団体区分別',
		demographics: '年齢男女別',
		municipal_holdings: '市区町村別（保有枚数）',
		prefectural_holdings: '都道府県別（保有枚数）'
	} as Record<string, string>,
	missingSource: (path: string, url: string) =>
		`入力ファイル ${path} がミラーにもキャッシュにもなく、${url} からも取得できませんでした（オフラインの場合は KOFURITSU_MIRROR にミラーのフォルダを指定してください）`,

	// Projection and campaign scenarios.
	projectionNoCampaign: '見込みは、キャンペーンなどによる急増がないと仮定しています（直近のペースのまま）。',
	projectionMethod: (method: string) =>
		`方法: ${method}。90%の幅は、過去の各公表時点でそれまでに分かっていた見込みの誤差（期間別）から作り、上側は過去に実際にあった最も強い急増を超えない範囲です。過去の公表で試すと、1か月先から半年先までのどの期間でも実際の値の約89〜92%がこの幅に入りました（そうした方法のうち、幅が最も狭いものを選んでいます）。順位の幅は、47都道府県を全国共通の伸びとともに同時に見込んで求め、過去には実際の順位の約88〜96%が入りました。`,
	projectionInterval: (low: string, high: string) => `90%の幅 ${low}〜${high}`,
	calcAlreadyMet: (goal: string) => `すでに目標（${goal}）を上回っています。`,
	calcFirst: '全国1位です。',
	calcNextTarget: (rank: number) => `次の目標: 全国${rank}位`,
	calcRequirementRange: (low: string, high: string) => `他の都道府県が見込みの幅のどこに着くかで、${low}〜${high}枚になります。`,
	calcOnTrack: '今のペースのままで目標に届く見込みです。',
	calcBeyondTrend: (cards: string) => `目標にはその見込みよりさらに${cards}枚必要です。`,
	calcCompareProjected: '期限時点の他県の見込みと比べる',
	calcComparePublished: '今回の公表値と比べる',
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

	// The outreach planner: plan files, merging and conflicts.
	planFileError: (file: string, problem: string) => `${file}: ${problem}（計画は変えていません）`,
	planEventProblem: (index: number, id: unknown, field: string, problem: string, value: unknown) =>
		`行事 ${formatInteger(index + 1)}件目（id「${excerpt(typeof id === 'string' ? id : String(id))}」）の ${field}: ${problem}（値「${excerpt(typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)))}」）`,
	planNotJson: 'JSON として読めません（壊れているか、計画ファイルではありません）',
	planForeign: (schema: string) => `Kofuritsu の計画ファイルではありません（schema が "${schema}" ではありません）`,
	planFormatVersion: (found: string, readable: number) => `計画ファイルの版 ${excerpt(found)} は読めません（この版が読めるのは ${readable}）`,
	planTooLarge: (mib: string, limit: number) => `${mib} MiB は計画ファイルとして大きすぎます（上限 ${limit} MiB）`,
	planNoEvents: 'events（行事の一覧）がありません',
	planTooManyEvents: (count: number, limit: number) => `行事が多すぎます（${formatInteger(count)} 件。上限 ${formatInteger(limit)} 件）`,
	planDuplicateId: (id: string, first: number, again: number) => `id「${excerpt(id)}」が ${formatInteger(first + 1)}件目と ${formatInteger(again + 1)}件目で重複しています`,
	planBudgetProblem: (value: unknown) => `budget（予算）: 0以上 1兆円以下の整数（円）か null が必要です（値「${excerpt(typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)))}」）`,
	planMoreProblems: (more: number) => `ほか ${formatInteger(more)} 件`,
	planNotAnEvent: '行事のデータ（オブジェクト）ではありません',
	planNeedId: '英数字で始まり、英数字と - _ . だけの 64 文字以内の ID が必要です',
	planNeedVersion: (max: number) => `0以上 ${formatInteger(max)} 以下の整数が必要です`,
	planNeedKind: '種類（corporate・offsite・other のいずれか）が必要です',
	planNeedCode: '北海道の市町村の団体コードが必要です',
	planNeedDate: '実在する YYYY-MM-DD の日付（2000〜2099年）が必要です',
	planNeedTime: 'HH:MM の時刻（00:00〜23:59）が必要です',
	planNeedStatus: '状況（候補・調整中・確定・実施済のいずれか）が必要です',
	planNeedCount: (max: number) => `0以上 ${formatInteger(max)} 以下の整数が必要です`,
	planNeedCountOrNull: (max: number) => `0以上 ${formatInteger(max)} 以下の整数か null が必要です`,
	planNeedYen: (max: number) => `0以上 ${formatInteger(max)} 円以下の整数（円）が必要です`,
	planNeedShare: '0〜1 の割合が必要です',
	planNeedText: (max: number) => `${formatInteger(max)} 文字以内の文字列が必要です`,
	planNeedTimestamp: '日時（例 2022-07-01T09:00:00.000Z）が必要です',
	planNeedHistory: (max: number) => `版の履歴（「版-ハッシュ」の文字列 ${formatInteger(max)} 個以内の配列）が必要です`,
	planNeedDeleted: 'deleted は true でなければなりません',
	planEditProblem: (field: string, problem: string) => `${field}: ${problem}。保存していません`,
	planBudgetInput: '予算は 0以上 1兆円以下の整数（円）で入力してください。変えていません',
	planImported: (file: string, c: { added: number; updated: number; deleted: number; unchanged: number; keptLocal: number }, conflicts: number) =>
		`${file} を読み込みました：追加 ${formatInteger(c.added)} 件・更新 ${formatInteger(c.updated)} 件・削除 ${formatInteger(c.deleted)} 件・変更なし ${formatInteger(c.unchanged)} 件・この端末の方が新しい ${formatInteger(c.keptLocal)} 件` +
		(conflicts ? `。両方で変更された ${formatInteger(conflicts)} 件は、下でどちらを残すか選んでください（選ぶまでこの端末の内容のままです）` : ''),
	planConflictsTitle: (count: number) => `どちらを残すか選んでください（${formatInteger(count)} 件）`,
	planConflictIntro: 'この端末とファイルの両方で変更された行事・企業等です。選ぶまで、この端末の内容のまま変わりません。',
	planConflictLocal: 'この端末',
	planConflictIncoming: '読み込んだファイル',
	planConflictKeepLocal: 'この端末の内容を残す',
	planConflictKeepIncoming: 'ファイルの内容にする',
	planConflictDeleted: '削除されています',
	planConflictBudget: '予算（円）',
	planConflictResolved: '選んだ内容を保存しました',
	planConflictStale: 'この行事は読み込みのあとで変更されています。選んだ内容は保存していません。もう一度ファイルを読み込んでください。',
	planConflictVersion: (version: number, updatedAt: string) => `版 ${formatInteger(version)}（${updatedAt.slice(0, 16).replace('T', ' ')} UTC）`,
	planSaved: '保存しました',
	planSaveFailed: (detail: string) => `保存できませんでした: ${detail}`,
	planConfirmDelete: (name: string, date: string) => `${name}（${date}）の行事を削除しますか？`,
	planSaveCancelled: '保存を取り消しました',
	planChangedElsewhere: 'この行事は別のタブで変更されています。最新の内容を読み込みました。もう一度編集してください。',
	planDeletedElsewhere: 'この行事は別のタブで変更されています。削除しませんでした。',
	planFilesExport: '計画ファイルを保存',
	planFilesImport: '計画ファイルを読み込む',
	planFilesIcs: 'カレンダー（iCalendar）',
	planListMore: (shown: number, total: number) => `さらに表示（${formatInteger(shown)} / ${formatInteger(total)} 件を表示中）`,
	planCalendarMore: (more: number) => `ほか${formatInteger(more)}件`,

	// Import by meaning (#16): tables found by their header, rows matched by name, totals checked.
	meaningReleaseDateConflict: (fileDate: string, headerDate: string, column: string) =>
		`ファイル名の日付（${fileDate}）と見出し「${column}」の基準日（${headerDate}）が一致しません`,
	meaningNoReleaseDate: (column: string) =>
		`公表日が分かりません（見出し「${column}」に基準日（例: R7.8末）がなく、ファイル名にも日付（例: 20250831）がありません）`,
	meaningNoPopulationDate: (column: string) => `人口の基準日が分かりません（見出し「${column}」に「（R7.1.1時点）」のような日付が必要です）`,
	meaningDuplicateColumn: (first: string, second: string) => `「${first}」と「${second}」が同じ意味の列です（どちらを使うか決められません）`,
	meaningNoPrefectureColumn: '都道府県名の列も団体コードの列もありません（市区町村名だけでは同名の団体を区別できません）',
	totalMismatch: (what: string, stated: number, sum: number) =>
		`${what}の値 ${formatInteger(stated)} が内訳の合計 ${formatInteger(sum)} と一致しません`,
	wardWithoutCity: (city: string) => `${city}の区の行だけがあり、${city}全体の行がありません（市区町村マスタは政令指定都市を市全体で持ちます）`,
	wardsChecked: (file: string, city: string, count: number) => `${file}: ${city}の区の行（${count}行）は${city}の行と照合し、取り込みませんでした`,
	prefectureTableCheckOnly: (file: string, count: number) =>
		`${file}: 都道府県の表は${count}都道府県だけのため、市区町村の表との照合にだけ使い、都道府県別としては取り込みませんでした（47都道府県そろうと取り込みます）`,
	municipalityNotFound: (prefecture: string, name: string) => `${prefecture}の「${excerpt(name)}」は市区町村マスタにありません`,
	municipalityAmbiguous: (prefecture: string, name: string, candidates: string[]) =>
		`${prefecture}の「${excerpt(name)}」に当たる団体が複数あります（${candidates.join('、')}）`,
	municipalitiesMatched: (file: string, count: number) => `${file}: 団体コードのない ${formatInteger(count)} 行を都道府県名と市区町村名で市区町村マスタと照合しました`,
	noTableRecognised: '見出しから表の種類が分かりません（市区町村別・都道府県別・団体区分別・年齢男女別の公表形式の列、または都道府県名・市区町村名・人口・交付枚数か保有枚数の列が必要です）',
	heldReleaseMissingTables: (releaseDate: string, files: string[]) =>
		`${releaseDate}: 新しい公表日の保有枚数には ${files.join('、')} に当たる表も必要です（市区町村別・都道府県別の2表）`,
	// ── #13 companies, events people can act on, money in yen, priority lenses (branch pev) ──
	planNeedEndAfterStart: '終了時刻は開始時刻より後にしてください',
	planCompanyProblem: (index: number, id: unknown, field: string, problem: string, value: unknown) =>
		`企業等 ${formatInteger(index + 1)}件目（id「${excerpt(typeof id === 'string' ? id : String(id))}」）の ${field}: ${problem}（値「${excerpt(typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)))}」）`,
	planNoCompanies: 'companies（企業等の一覧）が配列ではありません',
	planTooManyCompanies: (count: number, limit: number) => `企業等が多すぎます（${formatInteger(count)} 件。上限 ${formatInteger(limit)} 件）`,
	planDuplicateCompanyId: (id: string, first: number, again: number) => `企業等の id「${excerpt(id)}」が ${formatInteger(first + 1)}件目と ${formatInteger(again + 1)}件目で重複しています`,
	planSubsidyRuleProblem: (problem: string) => `subsidyRule（補助の決まり）の ${problem}`,
	companyNeedName: (max: number) => `空でない ${formatInteger(max)} 文字以内の名前が必要です`,
	companyNeedStatus: '状況（打診中・希望あり・日程調整中・実施決定・実施済・見送りのいずれか）が必要です',
	companyNeedDesk: '北海道の市町村の団体コードか空欄（所在市町村が担当）が必要です',
	subsidyDefaultSource: '仮の値（補助率1/2・上限なし）。交付要綱・通知の補助率と上限を確かめて書き換え、その名称と日付をここに書いてください',
	subsidyNeedPercent: '0〜100 の整数（%）が必要です',
	subsidyNeedCap: (max: number) => `空欄（上限なし）か 0以上 ${formatInteger(max)} 円以下の整数（円）が必要です`,
	subsidyNotARule: '補助の決まり（オブジェクト）ではありません',
	subsidyRuleSaved: '補助の決まりを保存しました',
	subsidyRuleInput: (problem: string) => `${problem}。保存していません`,
	subsidyRounding: '補助額は 1行事ごとに（単価と1個あたり上限の小さい方 × 数量 × 補助率）を円未満切り捨て、1行事あたり上限があればそこまで。市町村負担は費用から補助額を引いた残りです。',
	budgetOver: (over: string) => `予算を ${over} 超えています`,
	budgetLeft: (left: string) => `残り ${left}`,
	// The company register and its import.
	companyImported: (file: string, added: number, updated: number) => `${file} から企業等を読み込みました：追加 ${formatInteger(added)} 件・更新 ${formatInteger(updated)} 件`,
	companyImportRefused: (file: string, problems: string[], more: number) => `${problems.join('、')}${more ? `、ほか ${formatInteger(more)} 件` : ''}（${file} は読み込んでいません。何も変えていません）`,
	companyNoHeader: (columns: string) => `見出しの行が見つかりません（「${columns}」の列が必要です）`,
	companyMissingColumn: (label: string, names: string) => `「${label}」の列がありません（見出しは ${names} のいずれか）`,
	companyUnknownMunicipality: '北海道の市町村名（例: 帯広市）か団体コードが必要です',
	companyBadEmployees: '0以上の整数（人）か空欄が必要です',
	companyBadStatus: '打診中・希望あり・日程調整中・実施決定・実施済・見送りのいずれか（空欄は打診中）が必要です',
	companyEmptyName: '企業名が空欄です',
	companyTooLong: (max: number) => `${formatInteger(max)} 文字以内にしてください`,
	companyNoRows: '企業等の行がありません',
	companyDuplicateRow: (first: number) => `同じ所在市町村の同じ企業名が ${formatInteger(first)}行目にもあります`,
	csvUnclosedQuote: '引用符（"）が閉じていません',
	companySaved: '企業等を保存しました',
	companyConfirmDelete: (name: string) => `${name} を企業等の一覧から削除しますか？`,
	companyEventMade: (name: string) => `${name} の行事（企業等への出張申請受付）を作りました。日付と時刻を確かめて保存してください`,
	planRuleDiffers: (incoming: string) => `ファイルの補助の決まり（${incoming}）はこの端末のものと違うため、この端末の決まりのままにしました。使う場合は「補助の決まりを変える」で入力してください`,
	companyConflictHeading: '企業等',
	companyConflictStale: 'この企業等は読み込みのあとで変更されています。選んだ内容は保存していません。もう一度ファイルを読み込んでください。',
	companyListMore: (shown: number, total: number) => `さらに表示（${formatInteger(shown)} / ${formatInteger(total)} 件を表示中）`,
	// Priority lenses.
	priorityLensCorporate: '企業等への出張申請（未取得の人が多く住み・働く所）',
	priorityLensOffsite: '庁舎外の出張窓口（全国より交付率が低い町村）',
	priorityNoteCorporate:
		'未取得の人数＝人口−交付枚数。働く場所の統計（従業者数）はこのサイトのデータにないため使っていません。人口を「人が集まる所」の目安にし、企業等の一覧に登録した従業員数（あれば）を加えています。各要素は比べる市町村の中の最大を1にそろえ、重みで平均して100点満点です。',
	priorityNoteOffsite:
		'全国の交付率を上回る市町村は0点で、下の方に並びます。各要素は比べる市町村の中の最大を1にそろえ、重みで平均して100点満点です（鈍化＝前の期間より1日あたり交付枚数が減った割合）。',
	priorityWithout: (people: string, rank: number) => `未取得 ${people}（道内${formatInteger(rank)}位）`,
	priorityWithoutIn: (people: string, rank: number) => `未取得 ${people}（この中で${formatInteger(rank)}位）`,
	priorityEmployees: (people: string) => `登録企業の従業員 ${people}`,
	priorityBelow: (points: string) => `全国より${points}ポイント低い`,
	priorityAbove: (points: string) => `全国より${points}ポイント高い（優先外）`,
	prioritySlowing: (percent: number) => `伸びが${formatInteger(percent)}%鈍化`,
	priorityMore: (shown: number, total: number) => `さらに表示（${formatInteger(shown)} / ${formatInteger(total)} 市町村を表示中）`,
	groupwareCsv: '予定表ソフト用CSV（Outlook形式）',
	eventLineKind: '種類',
	eventLineStatus: '状況',
	eventLineCompany: '企業等',
	eventLineExpected: '見込み申請数',
	eventLineUnit: '件',
	eventLineContact: '連絡先・メモ',
	// 概要 (#14): sentences in 公用文 style — counts as 「約17万枚」, dates as 「2022年（令和4年）6月30日」.
	summaryTitle: (prefecture: string) => `${prefecture}のマイナンバーカード交付状況（概要）`,
	summaryAsOf: (dateProse: string) => `${dateProse}時点・総務省公表値から作成`,
	summaryStanding: (dateProse: string, prefecture: string, rate: string, cardsProse: string, count: number, rank: number) =>
		`${dateProse}時点で、${prefecture}の交付率は${rate}（交付枚数${cardsProse}）、全国${count}都道府県中${rank}位です。`,
	summaryRankChange: (previousProse: string, previousRank: number, direction: 'up' | 'down' | 'same', places: number) =>
		direction === 'same' ? `前回（${previousProse}）の${previousRank}位から変わっていません。` : `前回（${previousProse}）の${previousRank}位から${places}つ${direction === 'up' ? '上がりました' : '下がりました'}。`,
	summaryRankChangeShort: (previousRank: number, direction: 'up' | 'down' | 'same', places: number) =>
		direction === 'same' ? `前回${previousRank}位から変わらず` : `前回${previousRank}位から${places}つ${direction === 'up' ? '上昇' : '下降'}`,
	summaryFirstRelease: '最初の公表です。',
	summaryYearAgo: (rank: number) => `1年前は${rank}位でした。`,
	summaryGap: (national: string, points: string, sign: number) =>
		sign === 0 ? `全国の交付率（${national}）と同じです。` : `全国の交付率（${national}）を${points}${sign > 0 ? '上回って' : '下回って'}います。`,
	summaryOutlookSentence: (deadlineProse: string, rate: string, low: string, high: string, rank: number) =>
		`今のペースのままなら、${deadlineProse}に交付率${rate}（90%の幅 ${low}〜${high}）、${rank}位の見込みです。`,
	summaryOutlookSentenceWithRange: (deadlineProse: string, rate: string, low: string, high: string, rankText: string) =>
		`今のペースのままなら、${deadlineProse}に交付率${rate}（90%の幅 ${low}〜${high}）、${rankText}の見込みです。`,
	summaryTrendTitle: '交付率の推移と見込み（全国との比較）',
	summaryTrendLegendActual: '公表値',
	summaryTrendLegendFan: '見込み（90%の幅）',
	summaryTrendLegendNational: '全国（見込みは47都道府県の見込みの合計）',
	summaryTrendEndNote: (deadlineProse: string, label: string) => `右端の数値は${deadlineProse}（${label}）の見込み。`,
	summaryRankNow: (rank: number) => `現在${rank}位`,
	summaryRankProjected: (label: string, rank: number) => `${label}${rank}位`,
	summaryRankTitle: '順位の推移（○は見込み）',
	summaryOutlookTitle: '期限までの見込み',
	summaryOutlookColumns: ['期限', '交付率', '90%の幅', '順位', '全国'] as const,
	summaryLeversTitle: '全国の率まで上がると北海道の率を最も押し上げる市町村・振興局',
	summaryLeversNote: (dateProse: string) => `${dateProse}の交付率を全国の交付率まで引き上げるのに必要な交付枚数と、それで上がる北海道の交付率。`,
	summaryLeversMunicipalities: '市町村（上位5）',
	summaryLeversTitleFor: (prefecture: string, bureaus: boolean) => `全国の率まで上がると${prefecture}の率を最も押し上げる市区町村${bureaus ? '・振興局' : ''}`,
	summaryLeversNoteFor: (dateProse: string, prefecture: string) => `${dateProse}の交付率を全国の交付率まで引き上げるのに必要な交付枚数と、それで上がる${prefecture}の交付率。`,
	summaryLeversColumnsFor: (prefecture: string) => ['名称', '全国の率まであと', `${prefecture}の率`] as const,
	summaryLeversNone: (prefecture: string) => `${prefecture}の市区町村は、どこもすでに全国の交付率以上です。`,
	rankWithRange: (rank: number, low?: number, high?: number) => (low != null && high != null && low !== high ? `${rank}位（${low}〜${high}位）` : `${rank}位`),
	summaryFanNote: (endProse: string, deadlineProse: string, label: string) =>
		`色の帯（90%の幅）は半年先の${endProse}まで描いています。過去の公表で試して幅が約9割当たることを確かめられたのが半年先までのためで、それより先の${deadlineProse}（${label}）の見込みは表に数値だけを示します（幅はさらに広く、目安です）。`,
	summaryControlPrefecture: '都道府県',
	summaryControlRelease: '公表日',
	summaryLeversBureaus: '振興局（上位5）',
	summaryLeversColumns: ['名称', '全国の率まであと', '北海道の率'] as const,
	summaryPrint: '印刷する（A4 1枚）',
	summaryScenarioRow: '想定',
	summaryScenarioNote: (note: string) => `想定: キャンペーン想定（${note}）の場合の見込み。`,
	summarySource: '出典: 総務省「マイナンバーカード交付状況について」を加工して作成。交付率は交付枚数÷人口（小数第1位に丸めて表示）、順位は丸める前の交付率による（同率は同順位）。見込みは推計で、確定値ではありません。',
	// #13 plan shared through a file, headquarters' view, remembered bureau, tab conflicts (one block, additive).
	planMetaProblem: (field: string, max: number, value: unknown) => `${field}: ${max} 文字以内の文字列が必要です（値「${excerpt(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))}」）`,
	planWhereSaved: '計画はこのブラウザーの中に保存され、共有フォルダーの計画ファイルを開いているときはそのファイルにも保存されます。ほかへは送られません。',
	sharedTitle: '共有フォルダーの計画ファイル',
	sharedOpen: '計画ファイルを開く',
	sharedSaveAs: '新しい計画ファイルとして保存',
	sharedReopen: (file: string) => `前回のファイルを開き直す（${file}）`,
	sharedStop: 'ファイルとの共有をやめる',
	sharedIntro: '共有フォルダーの計画ファイルを開くと、変更のたびに同じファイルへ自動で保存し、同僚が保存した新しい内容を取り込みます。このブラウザーの中の計画も控えとして残ります。',
	sharedUnsupportedApi:
		'このブラウザー（Firefox・Safari など）は共有フォルダーのファイルへ直接保存できません。下の「計画ファイルを保存」でダウンロードして共有フォルダーに置き、同僚のファイルは「計画ファイルを読み込む」で取り込んでください（行事ごとに合わせます）。Chrome か Edge なら自動で保存できます。',
	sharedUnsupportedInsecure:
		'この接続（http）では、ブラウザーが共有フォルダーのファイルへの直接保存を許しません。下の「計画ファイルを保存」でダウンロードして共有フォルダーに置き、同僚のファイルは「計画ファイルを読み込む」で取り込んでください。https か、この端末（localhost）から開くと自動で保存できます。',
	sharedSaved: (file: string, time: string) => `共有ファイル: ${file} に保存済み ${time}`,
	sharedUpToDate: (file: string, time: string) => `共有ファイル: ${file} と同じ内容です ${time}`,
	sharedWorking: (file: string) => `共有ファイル: ${file} を確認しています…`,
	sharedMerged: (count: number) => `同僚の変更を取り込みました（${formatInteger(count)}件）`,
	sharedConflicts: (count: number) => `競合 ${formatInteger(count)}件：選んでください（選ぶまで、ファイルには同僚の内容を残します）`,
	sharedFailed: (file: string, detail: string) => `共有ファイル ${file} を読み書きできませんでした: ${detail}`,
	sharedPermissionDenied: (file: string) => `${file} への保存が許可されませんでした。もう一度「前回のファイルを開き直す」を押して許可してください。`,
	sharedNotPlan: (file: string) => `${file} は計画ファイルではないため、開きませんでした（上書きもしていません）`,
	sharedConflictIntro: 'この端末と共有ファイル（同僚が保存した内容）の両方で変更された行事・企業等です。選ぶまで、この端末の内容もファイルの同僚の内容もそのまま残ります。',
	sharedConflictIncoming: '共有ファイル（同僚）',
	sharedConflictKeepIncoming: '同僚の内容にする',
	tabConflictTitle: 'この行事は別のタブで変更されました',
	tabConflictIntro: 'あなたが入力中の内容と、別のタブで保存された内容です。どちらを残すか選んでください。選ぶまで、入力した内容は消えません。',
	tabConflictStored: '別のタブで保存された内容',
	tabConflictDraft: 'あなたの入力（未保存）',
	tabConflictKeepStored: '別のタブの内容にする',
	tabConflictKeepDraft: '自分の入力で保存する',
	bureauAll: '北海道全体',
	hqTitle: '本庁：全振興局の計画',
	hqLink: '本庁：全振興局の計画をまとめて見る',
	hqIntro: '各振興局の計画ファイル（14振興局分をまとめて選べます）を選ぶか、ここへドロップしてください。ファイルはこのブラウザーの中だけで読み、どこへも送りません。',
	hqPick: '計画ファイルを選ぶ（複数可）',
	hqDrop: 'ここに計画ファイルをドロップ',
	hqLoaded: (files: number, events: number) => `${formatInteger(files)} 個のファイル、行事 ${formatInteger(events)} 件`,
	hqRefused: (count: number) => `読み込めなかったファイル（${formatInteger(count)} 個。ほかのファイルは読み込みました）`,
	hqExport: 'まとめた計画をファイルに保存',
	hqClear: 'すべて外す',
	hqRemove: '外す',
	hqDuplicatesTitle: (count: number) => `重複の可能性（${formatInteger(count)} 組）`,
	hqSameId: (files: string) => `同じ行事（同じ ID）が複数のファイルにあります: ${files}`,
	hqSameIdConflict: (files: string) => `同じ行事（同じ ID）がファイルごとに違う内容です（最初に読み込んだファイルの内容を表示・保存）: ${files}`,
	hqSamePlaceDay: (files: string) => `同じ市町村・同じ日・同じ種類の行事が別の振興局のファイルにあります: ${files}`,
	hqBadgeDuplicate: '重複?',
	hqEmpty: 'まだ計画ファイルを読み込んでいません。'
};
