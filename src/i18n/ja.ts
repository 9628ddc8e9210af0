/**
 * Every UI string of the portal, in Japanese. `en.ts` will follow with the same keys;
 * `{name}` placeholders are filled by `t()` in ./index.ts.
 */
export const ja = {
  'site.name': 'よろず支援拠点 公開ポータル',
  'site.description':
    '全国47のよろず支援拠点の相談対応の実績を、個人や事業者が特定されない形に集計して公開するサイトです。',
  'site.titleTemplate': '{page} | {site}',
  'skip.toMain': '本文へ移動',
  'nav.label': 'サイト内の主なページ',
  'nav.home': '全国の概要',

  'synthetic.title': 'これは合成サンプルデータです',
  'synthetic.body':
    'このサイトに表示している数値は、動作確認のために機械的に作った架空のデータです。実在の支援拠点・コーディネーター・事業者の実績ではありません。',

  'footer.vintage': 'データ時点：{vintage}',
  'footer.generated': '公開データ作成：{date}',
  'footer.licence':
    'このサイトのコンテンツは「政府標準利用規約（第2.0版）」に準拠して提供します。同規約はクリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）と互換性があります。',
  'footer.codeVersion': 'プログラム版：{version}',

  'home.title': '全国の概要',
  'home.lead':
    'よろず支援拠点は、国が47都道府県に設置する中小企業・小規模事業者のための無料の経営相談所です。このポータルは、各拠点の相談記録から個人や事業者が特定されない形に集計した統計を公開します。',
  'home.method':
    '公開データは、拠点の記録システムから書き出した匿名化データをすべての行について検証し、集計したものです。下の表は、今回の公開に使った入力ファイルの一覧です。',
  'home.vintage': 'データ時点：{vintage}',

  'files.heading': '公開に使った入力ファイル',
  'files.caption': '入力ファイルと受け入れた行数（{count}ファイル）',
  'files.file': 'ファイル',
  'files.rowsAccepted': '受け入れた行数',
  'files.rowsRejected': '除外した行数',
  'files.encoding': '文字コード',
  'files.encodingUnrecorded': '記載なし',
  'files.sha256': 'SHA-256',
  'files.sha256Full': 'SHA-256（全体）：{sha}',
  'files.total': '合計',

  'centers.heading': '全国47のよろず支援拠点',
  'centers.caption': 'よろず支援拠点の一覧（都道府県コード順、{count}拠点）',
  'centers.prefCode': 'コード',
  'centers.prefecture': '都道府県',
  'centers.name': '拠点名',
  'centers.operator': '運営機関',
  'centers.bureau': '管轄の経済産業局',
} as const;

export type MessageKey = keyof typeof ja;
