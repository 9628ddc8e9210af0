/**
 * UI strings of the centre dashboards' targets and summary and of the national view of the
 * targets and initiatives (report §3(1)②ii, §6⑧, 図表12・15・16); composed into `ja` in ../ja.ts.
 */
export const dash = {
  // Roles as 図表12 and 図表16 name them ("機能/役割").
  'dash.role.onestop': 'ワンストップ機能',
  'dash.role.coordinate': 'コーディネート機能',
  'dash.role.advice': '高度な経営アドバイス機能',
  'dash.role.adviceExpanded':
    '高度な経営アドバイス機能（拡充：④収益力の強化、⑤経営スキルの向上・自走化、⑥成長支援）',
  'dash.role.capacity': '支援人材の支援能力強化',
  'dash.role.impact': '経済的なインパクトのある事業者支援',
  'dash.role.funnel': 'フェーズ1からフェーズ2への移行',

  'dash.col.target': '目標と達成（{fy}）',
  'dash.target.label': '目標 {value}',
  'dash.target.met': '達成',
  'dash.target.unmet': '未達',
  'dash.target.none': '判定なし',
  'dash.target.noTarget': '目標なし',
  'dash.target.ratio': '達成率 {value}%',
  'dash.target.notAssessed': '実績が「{status}」のため、達成は判定しません',
  'dash.change.text': '{year}（{before}）から {diff}{rel}',
  'dash.change.relative': '（{value}%）',
  'dash.change.points': '{value}ポイント',
  'dash.change.unknown': '{year}とは比べられません（どちらかの値が秘匿または算出不可）',

  'dash.summary.heading': '{fy}の概要',
  'dash.summary.intro':
    'この拠点の{fy}の主な数値を、この拠点が実施計画で定めた目標と、この拠点の前年度の値と並べます。達成状況はこの拠点が自らの計画と比べるためのもので、拠点の順位ではありません。すべての指標の目標と達成は、下の「指標」の表にあります。',
  'dash.summary.unmet': '未達の指標：',
  'dash.summary.notAssessed': '判定なしの指標（実績が秘匿または算出不可）：',
  'dash.summary.noTargets': 'この年度の実施計画の目標値は公表されていません。',
  'dash.summary.targets':
    '実施計画の目標{targets}件のうち、達成{met}件、未達{unmet}件、判定なし{notAssessed}件（実績が秘匿または算出不可）です。',
  'dash.summary.caption': '主な数値と目標・前年度（{fy}、この拠点）',
  'dash.summary.col.indicator': '指標',
  'dash.summary.col.value': '値',
  'dash.summary.col.target': '目標',
  'dash.summary.col.met': '達成',
  'dash.summary.col.change': '前年度との比較',
  'dash.summary.firstYear': '前年度の公表値なし',
  'dash.summary.tableLink': 'すべての指標の表へ',

  'dash.offices.heading': '相談窓口',
  'dash.offices.none': '相談窓口の情報は公表されていません。',
  'dash.offices.main': '本部',
  'dash.offices.online': 'オンライン相談に対応',

  'dash.initiatives.heading': '拠点独自の取組（{fy}）',
  'dash.initiatives.count': 'この年度の取組は{count}件です。',
  'dash.initiatives.none': 'この年度の拠点独自の取組は公表されていません。',
  'dash.initiatives.all': 'すべての拠点の取組を見る',
  'dash.initiatives.stage.planned': '計画',
  'dash.initiatives.stage.done': '実施済み',

  // The national view (home page).
  'dash.national.heading': '目標の達成状況と拠点独自の取組（全国）',
  'dash.national.intro':
    '各拠点が実施計画で定めた目標を、指標・年度ごとに、達成した拠点・目標を定めた拠点・判定できない拠点（実績が秘匿または算出不可）の数で示します。拠点の順位は示しません。',
  'dash.national.none': '公表されている実施計画の目標値はありません。',
  'dash.national.chart': '年度別の目標の達成状況（全国、目標の件数）',
  'dash.national.summary':
    '{fy}：目標{targets}件のうち達成{met}件、未達{unmet}件、判定なし{notAssessed}件',
  'dash.national.legend': '凡例：濃い青＝達成、薄い青＝未達、灰＝判定なし（左から順に積み上げ）',
  'dash.national.series.met': '達成',
  'dash.national.series.unmet': '未達',
  'dash.national.series.notAssessed': '判定なし',
  'dash.national.axis': '目標の件数',
  'dash.national.totalsLink': 'グラフの数値を表で見る',
  'dash.national.totalsCaption': '年度別の目標の達成状況（全国、目標の件数）',
  'dash.national.col.fy': '年度',
  'dash.national.col.targetsAll': '目標の件数',
  'dash.national.caption': '指標別の目標の達成状況（{fy}、全国、拠点数）',
  'dash.national.col.indicator': '指標',
  'dash.national.col.targets': '目標を定めた拠点',
  'dash.national.col.met': '達成',
  'dash.national.col.unmet': '未達',
  'dash.national.col.notAssessed': '判定なし（秘匿・算出不可）',
  'dash.national.earlier': 'それより前の年度の指標別の達成状況（{count}年度分）',
  'dash.national.download': '目標値と実績のデータ（targets）',
  'dash.national.kinds.heading': '拠点独自の取組の件数（種類別・年度別、全国）',
  'dash.national.kinds.caption': '種類別・年度別の拠点独自の取組の件数（全国）',
  'dash.national.kinds.col.kind': '取組の種類',
  'dash.national.kinds.total': '合計',
  'dash.national.kinds.none': '公表されている拠点独自の取組はありません。',
  'dash.national.kinds.link': '拠点独自の取組の一覧',
  'dash.national.kinds.count': '{count}件',
  'dash.trend.onLatest':
    '各指標の推移（全年度のグラフと表）は最新年度のページにあります。各行の「推移」からその指標の推移へ移れます。',

  // Centre dashboards and compare pages (both editions): separators, past years' trend links and
  // the past years' compare pages without charts.
  'dash.sep.list': '、',
  'dash.aside': '（{text}）',
  'dash.also': '・{text}',
  'dash.target.note': '{met}：{reason}',
  'dash.trend.link': '{name}の推移（全年度）',
  'dash.paren.open': '（',
  'dash.paren.close': '）',
  'centers.profile.prefectureValue': '{prefecture}（{code}）',
  'compare.page.leadPast':
    'この拠点の{fy}の値を、比較の相手となる拠点のまとまりの中央値と全国の拠点の中央値、それぞれの四分位範囲と並べています。指標は定義の順に並べ、値の大きさでは並べ替えません。まず同じ拠点の過去の年度と比べ、他の拠点の値は参考値としてご覧ください。',
  'compare.charts.onLatest':
    '図は最新年度のページにだけ載せています。過去の年度の比較は、指標ごとの文と表で示します。',
} as const;
