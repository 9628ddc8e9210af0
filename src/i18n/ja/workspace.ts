/** UI strings for /workspace/ (a centre's own export computed in the browser); composed into `ja` in ../ja.ts. */
export const workspace = {
  'workspace.nav': '自拠点データの試算',
  'workspace.title': '自拠点データの試算',
  'workspace.lead':
    '拠点の記録システムから書き出した今日のデータを選ぶと、公開データと同じ規則で検証し、同じ計算で指標を求め、公表済みの全国・比較グループの値と並べて示します。',
  'workspace.privacy.heading': 'データはこのブラウザの外に出ません',
  'workspace.privacy.body':
    '選んだファイルは、この画面の中（お使いのブラウザ）だけで読み込み、計算します。どこにも送信せず、保存もしません。ページを閉じると消えます。ファイルを選んだ後にこの画面が読み込むのは、このサイトに置かれた計算プログラムと公表済みの参考値だけです。',
  'workspace.noscript':
    'この機能はブラウザ上で JavaScript を使って計算します。JavaScript を有効にしてください。',
  'workspace.input.heading': 'ファイルを選ぶ',
  'workspace.input.label':
    '書き出したファイル（coordinators.csv、consultations.csv など、複数選べます）',
  'workspace.input.hint':
    'ファイルまたはフォルダを下の枠にドラッグ＆ドロップすることもできます。UTF-8（BOM付きも可）・Shift_JIS、和暦の日付や全角数字も、公開データと同じように読みます。',
  'workspace.drop': 'ここにファイルまたはフォルダをドロップ',
  'workspace.cancel': '中止',
  'workspace.status.idle': 'ファイルを選ぶと、この画面の中で検証と計算を始めます。',
  'workspace.status.engine': '計算プログラムを準備しています…',
  'workspace.status.reading': '{file} を読んでいます：{rows}行',
  'workspace.status.started': 'ファイルを読んでいます…',
  'workspace.status.computing': '指標を計算しています…',
  'workspace.status.done': '{files}ファイル・{rows}行を検証し、指標を計算しました（{seconds}秒）。',
  'workspace.status.rejected':
    '問題が{count}件見つかりました。指標は計算していません。ファイルを直して、もう一度選んでください。',
  'workspace.status.cancelled': '中止しました。指標は計算していません。',
  'workspace.status.failed': '処理できませんでした：{message}',
  'workspace.ignored': '形式にないファイルは読みませんでした：{files}',
  'workspace.errors.heading': '見つかった問題（ファイル名:行: 列: 内容）',
  'workspace.files.caption': '読み込んだファイル',
  'workspace.files.file': 'ファイル',
  'workspace.files.encoding': '文字コード',
  'workspace.files.rows': '行数（見出しを除く）',
  'workspace.encoding.utf8': 'UTF-8',
  'workspace.encoding.utf8bom': 'UTF-8（BOM付き）',
  'workspace.encoding.sjis': 'Shift_JIS',
  'workspace.centre.label': '表示する拠点',
  'workspace.centre.intro':
    'このデータには{count}拠点の記録があります。表示する拠点を選んでください。',
  'workspace.result.heading': '試算の結果',
  'workspace.result.own':
    '{centre}：まだ公開していない自拠点のデータから計算した値です。公表値ではありません。',
  'workspace.result.reference':
    '並べている全国の中央値・四分位範囲と比較グループの中央値は、公表済みのデータ（データ時点：{vintage}）の同じ年度の値です。拠点の順位は示しません。',
  'workspace.result.caption': '{fy}：自拠点の値（未公開）と公表済みの参考値',
  'workspace.col.indicator': '指標',
  'workspace.col.own': '自拠点の値（未公開）',
  'workspace.col.publication': '公開した場合',
  'workspace.col.national': '全国の中央値',
  'workspace.col.iqr': '全国の四分位範囲',
  'workspace.col.peer': '{group}の中央値',
  'workspace.publication.ok': '表示される',
  'workspace.ref.none': '公表値なし',
  'workspace.answers': '回答{n}件',
  'workspace.ref.range': '{q1}〜{q3}',
  'workspace.trend.heading': '自拠点の推移（未公開のデータ）',
  'workspace.trend.caption': '{centre}の指標の推移（未公開のデータ）',
  'workspace.actions.heading': '結果を持ち出す',
  'workspace.print': '印刷する（A4）',
  'workspace.download': '指標を CSV で保存（indicators.csv の形式）',
  'workspace.printNote': '印刷・CSV も、このブラウザの中で作ります。',
} as const;
