/**
 * Every UI string of the portal, in Japanese. `en.ts` holds the same keys in English;
 * `{name}` placeholders are filled by `t()` in ./index.ts.
 */
import { catalogue } from './ja/catalogue.ts';
import { charts } from './ja/charts.ts';
import { compare } from './ja/compare.ts';
import { dash } from './ja/dash.ts';
import { directory } from './ja/directory.ts';
import { initiatives } from './ja/initiatives.ts';
import { reach } from './ja/reach.ts';
import { search } from './ja/search.ts';
import { trends } from './ja/trends.ts';
import { workspace } from './ja/workspace.ts';

export const core = {
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

  'notFound.title': 'ページが見つかりません',
  'notFound.lead':
    'お探しのページは見つかりませんでした。アドレスに誤りがあるか、ページが移動または削除された可能性があります。',
  'notFound.next': '次のページからお探しください。',
  'notFound.home': '全国の概要（トップページ）',
  'notFound.centers': '拠点の一覧',
  'notFound.search': 'サイト内の検索',

  'home.title': '全国の概要',
  'home.lead':
    'よろず支援拠点は、国が47都道府県に設置する中小企業・小規模事業者のための無料の経営相談所です。このポータルは、各拠点の相談記録から個人や事業者が特定されない形に集計した統計を公開します。',
  'home.method':
    '公開データは、拠点の記録システムから書き出した匿名化データをすべての行について検証し、集計したものです。下の表は、今回の公開に使った入力ファイルの一覧です。',
  'home.vintage': 'データ時点：{vintage}',
  'home.latestFy': '最新の年度：{fy}（{first}からの{count}年度分を公開）',
  'home.toc': 'このページの内容',
  'home.headline.heading': '主な指標の推移（全国）',
  'home.headline.intro':
    '全国（47拠点の合計）の主な指標を、公開している最初の年度から並べます。グラフの下の文は、グラフと同じ内容を文章で示したものです。',
  'home.headline.series': '全国',
  'home.headline.tableLink': '{name}の年度ごとの値を表で見る',
  'home.indicators.heading': '全国の指標（{fy}）',
  'home.indicators.intro':
    '47拠点を合計した全国の値です。指標の名前から定義と計算方法のページへ移動できます。各行の「推移」を開くと、過去の年度の値を表で確認できます。',
  'home.indicators.caption': '{framework}（全国、{fy}）',
  'home.col.value': '全国の値',
  'home.col.trend': '全国の推移',
  'home.trend.caption': '{name}の年度ごとの値（全国）',
  'home.mix.heading': '相談の内訳（全国、{fy}）',
  'home.mix.intro':
    '全国の相談件数を、相談分野のまとまり・業種・従業員数・相談方法の区分ごとに示します。区分は分類表の順です。事業者が特定されないよう秘匿した区分を含むまとまりは、合計を出さずに「秘匿」とします。',
  'home.mix.topicGroup': '相談分野のまとまり',
  'home.mix.caption': '{dimension}別の相談件数と割合（全国、{fy}）',
  'home.mix.topics': '含まれる相談分野',
  'home.mix.count': '件数',
  'home.mix.share': '割合',
  'home.topicGroup.sales': '販路・商品',
  'home.topicGroup.improvement': '経営改善・財務',
  'home.topicGroup.startup': '創業',
  'home.topicGroup.succession': '事業承継',
  'home.topicGroup.people': '人材・労務',
  'home.topicGroup.basics': '記帳・計画・施策',
  'home.topicGroup.growth': '海外・知的財産',
  'home.topicGroup.other': 'その他',
  'home.map.caption':
    '拠点ごとの相談実績件数とコーディネーター1人あたりの件数（{fy}、都道府県コード順、{count}拠点）',
  'home.map.consultations': '相談実績件数',
  'home.map.perCo': 'コーディネーター1人あたり',
  'home.map.perCoNone': '算出不可',
  'home.downloads.heading': 'このページのデータ',
  'home.downloads.intro':
    'このページの数値は、オープンデータのページから CSV・Parquet・JSON でダウンロードできます。',
  'home.downloads.indicators': '指標（全国・拠点別、年度ごと）',
  'home.downloads.rates': 'コーディネーター1人あたりの値',
  'home.downloads.topic': '相談分野別の相談件数',
  'home.downloads.industry': '業種別の相談件数',
  'home.downloads.employeesBand': '従業員数別の相談件数',
  'home.downloads.channel': '相談方法別の相談件数',

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
  'centers.nav': '拠点別',
  'centers.index.title': '拠点別のダッシュボード',
  'centers.index.lead':
    '47のよろず支援拠点それぞれについて、指標の値を年度ごとに示すページです。拠点は都道府県コードの順に並べています（指標の値による順位づけはしません）。',
  'centers.index.caption': '拠点別ページの一覧（都道府県コード順、{count}拠点）',
  'centers.page.title': '{name}（{fy}）',
  'centers.page.description': '{name}の{fy}の指標と、過去の年度・参考値との比較です。',
  'centers.page.lead':
    'この拠点の{fy}の指標です。まず同じ拠点の過去の年度の値（「推移」）と比べてください。他の拠点の値は、順位ではなく参考値（中央値と四分位範囲）としてだけ示します。',
  'centers.page.linksIntro': '関連するページ',
  'centers.page.methodologyLink': '指標の定義と計算方法',
  'centers.page.dataLink': 'オープンデータ',
  'centers.profile.heading': '拠点の概要',
  'centers.profile.prefecture': '都道府県',
  'centers.profile.operator': '運営機関',
  'centers.profile.bureau': '管轄の経済産業局',
  'centers.profile.coordinators': 'コーディネーターの数（{fy}末）',
  'centers.profile.coordinatorsValue': '{count}人',
  'centers.profile.coordinatorsNone': '公開なし',
  'centers.fy.label': '表示する年度',
  'centers.fy.latest': '（最新）',
  'latestYear.pointer':
    'これは最新の年度です。この年度のページは、拠点ごとのページに掲載しています。',
  'latestYear.link': '{title}へ移動する',
  'centers.indicators.heading': '指標（{fy}）',
  'centers.indicators.caption': '{framework}（{fy}）',
  'centers.col.indicator': '指標',
  'centers.col.value': 'この拠点の値',
  'centers.col.reference': '参考値（{fy}）',
  'centers.col.trend': 'この拠点の推移',
  'centers.col.fy': '年度',
  'centers.ref.national': '全国の中央値（四分位範囲）',
  'centers.ref.bureau': '同じ経済産業局の拠点の中央値',
  'centers.ref.sizeConsultations': '相談件数の近い拠点の中央値',
  'centers.ref.sizeCoordinators': 'コーディネーター数の近い拠点の中央値',
  'centers.ref.iqr': '{median}（{q1}〜{q3}）',
  'centers.ref.centres': '{count}拠点',
  'centers.ref.none': '該当なし',
  'centers.interval': '95%信頼区間 {lower}〜{upper}（回答{n}件）',
  'centers.perCo': 'コーディネーター1人あたり {value}',
  'centers.trend.summary': '{name}の推移（{count}年度分）',
  'centers.trend.caption': '{name}の年度ごとの値（この拠点）',
  'centers.trend.current': '（表示中）',
  'centers.status.suppressed': '秘匿',
  'centers.status.na': '算出不可',
  'centers.reason.share.suppressed':
    'アンケートの回答が1〜9件のため、回答者が特定されないよう公開していません。',
  'centers.reason.share.na': 'アンケートの回答がないため、計算できません。',
  'centers.reason.financial.suppressed':
    '対象の事業者が1〜2者のため、事業者が特定されないよう公開していません。',
  'centers.reason.financial.na':
    '対象の事業者がいない、または割り算の分母が0になるため、計算できません。',
  'centers.reason.capacity.na': '拠点からの報告がないため、計算できません。',
  'centers.reason.other.suppressed': '個人や事業者が特定されないよう公開していません。',
  'centers.reason.other.na': '計算のもとになるデータがないため、計算できません。',
  'centers.reason.mix.suppressed':
    '事業者が3者未満の区分のため、事業者が特定されないよう公開していません。',
  'centers.reason.label': '理由：{reason}',
  'centers.reason.inCell': '（理由：{reason}）',
  'centers.mix.heading': '相談の内訳（{fy}）',
  'centers.mix.intro':
    '相談件数の区分ごとの割合を、全国の割合と並べて示します。区分は分類表の順です。事業者が3者未満の区分は「秘匿」とし、ほかの区分から逆算できないよう一部の区分もあわせて秘匿しています。',
  'centers.mix.topic': '主な相談分野',
  'centers.mix.industry': '業種',
  'centers.mix.employeesBand': '従業員数',
  'centers.mix.channel': '相談方法',
  'centers.mix.caption': '{dimension}別の相談件数の割合（{fy}、この拠点と全国）',
  'centers.mix.category': '区分',
  'centers.mix.count': 'この拠点の件数',
  'centers.mix.share': 'この拠点の割合',
  'centers.mix.national': '全国の割合',
  'centers.mix.unrecorded': '記録なし',
  'centers.mix.total': '合計',
  'centers.unit.count': '{value}件',
  'centers.unit.businesses': '{value}者',
  'centers.unit.people': '{value}人',
  'centers.unit.times': '{value}回',
  'centers.unit.thousandYen': '{value}千円',
  'centers.unit.thousandYenPerPerson': '{value}千円／人',
  'centers.unit.share': '{value}%',
  'centers.unit.ratio': '前年度比 {value}%',

  // /explore/ while a question or a query runs: cancel, elapsed time, the row cap.
  'explore.cancel': '集計をキャンセル',
  'explore.cancelled':
    'キャンセルしました。もう一度「集計する」を押すと、続きから集計します（データの読み込みを止めた場合は、読み込みからやり直します）。',
  'explore.cancelledStatus': '集計をキャンセルしました。',
  'explore.sql.cancel': '実行をキャンセル',
  'explore.sql.running': 'SQL を実行しています。止めるときは「キャンセル」を押してください。',
  'explore.sql.elapsed': '実行中… {seconds}秒',
  'explore.sql.loadingElapsed': 'データベース（portal.duckdb）を読み込んでいます… {seconds}秒',
  'explore.sql.done': '実行が終わりました。{rows}行を表示しています。',
  'explore.sql.failed': '実行できませんでした。',
  'explore.sql.cancelling': 'キャンセルしています…',
  'explore.sql.cancelled': 'キャンセルしました。',
  'explore.sql.restarted':
    'キャンセルしました。問い合わせがすぐに止まらなかったため、データベースのエンジンを再起動しました。次の実行では、データベースを読み込み直します。',
  'explore.sql.cut':
    '結果が多いため、最初の{rows}行で読み込みを止めました（表示は最大{max}行・約{mb}MBまで）。全体を見るには、WHERE で条件を絞るか、LIMIT で行数を決めるか、GROUP BY で集計してください。',

  'data.nav': 'オープンデータ',
  'data.title': 'オープンデータ',
  'data.description':
    'よろず支援拠点 公開ポータルが公開するすべてのデータファイルの一覧です。ファイルの大きさ、SHA-256、列の意味、利用条件を示します。',
  'data.lead':
    'このポータルが公開する統計と個票データを、すべてここからダウンロードできます。表ごとに、Parquet・CSV・JSON の各形式のファイルと、その大きさ・行数・SHA-256、列の名前・型・意味を示します。ブラウザで集計するための DuckDB データベース（portal.duckdb）も公開しています。',
  'data.synthetic':
    'ここで公開しているデータは、動作確認のために機械的に作った合成サンプルデータです。実在の支援拠点・コーディネーター・事業者の実績ではありません。',
  'data.vintage': 'データ時点：{vintage}。公開データ作成：{date}。',
  'data.manifest': 'すべてのファイルの一覧とSHA-256は、機械で読める形でも公開しています：',
  'data.manifestLink': 'manifest.json をダウンロード (JSON, {size})',
  'data.verify':
    'ダウンロードしたファイルが公開したものと同じかどうかは、SHA-256 を計算して、この表の値と比べると確かめられます（例：sha256sum indicators.csv）。',
  'data.tocLabel': 'このページの目次',
  'data.licence.heading': '利用条件（ライセンス）',
  'data.licence.terms':
    '公開データは「政府標準利用規約（第2.0版）」に準拠して提供します。同規約はクリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）と互換性があり、同規約に従えば、商用・非商用を問わず、複製、公衆送信、翻訳・変形などの編集を含めて自由に利用できます。',
  'data.licence.attribution':
    '利用するときは出典を明記してください。データを編集・加工して利用するときは、出典とは別に、編集・加工した旨を表示してください。編集・加工した情報を、国や各拠点が作成したかのように公表することはできません。',
  'data.licence.example':
    '記載例（加工した場合）：「よろず支援拠点 公開ポータルのオープンデータ（データ時点：{vintage}）を加工して作成」',
  'data.table.name': 'テーブル名：',
  'data.table.summary': '{rows}行・{columns}列',
  'data.files.caption': '「{title}」のファイル',
  'data.files.format': '形式',
  'data.files.rows': '行数',
  'data.files.size': '大きさ',
  'data.files.sha256': 'SHA-256',
  'data.files.download': 'ダウンロード',
  'data.files.downloadLink': '{file} をダウンロード ({format}, {size})',
  'data.files.unpacked': '（展開後 {size}）',
  'data.files.zipNote':
    '年度別の CSV は、ファイルを小さくするため ZIP 形式で圧縮しています。ダウンロードしたファイルを開く（展開する）と、同じ名前の CSV ファイル（UTF-8、BOM 付き）が1つ入っており、そのまま Excel などで開けます。展開後の CSV の大きさと SHA-256 は manifest.json の archive に記載しています。',
  'data.lineage.caption': '全国の相談件数の行き先（年度別）',
  'data.lineage.lead':
    '入力した相談のすべてが、個票データ（microdata）に載るか、匿名性を保てないため載せないかのどちらかです。どの行でも「入力した件数 = 個票データの行数 + 公表しなかった行数」が成り立ちます。拠点ごとの行は上のファイルにあります。',
  'data.lineage.fy': '年度',
  'data.lineage.in': '入力した相談（件）',
  'data.lineage.rows': '個票データの行（件）',
  'data.lineage.generalised': 'うち値を一般化（件）',
  'data.lineage.withheld': '公表しなかった行（件）',
  'data.columns.summary': '列の説明（{count}列）',
  'data.columns.caption': '「{title}」の列',
  'data.columns.name': '列名',
  'data.columns.type': '型',
  'data.columns.meaning': '意味',
  'data.columns.noMeaning': '（説明なし）',
  'data.duckdb.heading': 'DuckDB データベース（{file}）',
  'data.duckdb.lead':
    '{file} は、次の{count}つの表をまとめた DuckDB のデータベースファイルです。各表の列は、それぞれの表の説明と同じです。',
  'data.duckdb.filesCaption': '{file} のファイル',
  'data.duckdb.tablesCaption': '{file} に含まれる表（{count}表）',
  'data.duckdb.table': 'テーブル名',
  'data.duckdb.title': '表題',
  'data.size.kb': '{n} KB',
  'data.size.mb': '{n} MB',
  'data.format.parquet': 'Parquet',
  'data.format.csv': 'CSV',
  'data.format.json': 'JSON',
  'data.format.duckdb': 'DuckDB',
  'data.format.zipped': '{format}（ZIP 圧縮）',

  'methodology.nav': '算出方法',
  'methodology.title': 'データの見方と算出方法',
  'methodology.lead':
    'このページでは、このサイトで公開している数値が何を表し、どのように計算しているかを説明します。評価指標は、「地域の経営支援力強化に向けたよろず支援拠点のあり方検討会 報告書」（令和7年3月31日。以下「報告書」）の定めによります。',
  'methodology.toc.label': 'このページの目次',

  'methodology.fy.heading': '年度の数え方',
  'methodology.fy.period':
    '年度は4月1日から翌年3月31日までの1年間で、始まる年で呼びます。例えば令和6年度は2024年4月1日から2025年3月31日までで、このサイトでは「{example}」のように西暦を添えて表示します。',
  'methodology.fy.assign':
    '相談とアンケートは、その日付が含まれる年度に数えます。評価指標は、データに相談が1件以上ある年度ごとに、47の拠点それぞれと全国について公開します。',

  'methodology.indicators.heading': '評価指標',
  'methodology.indicators.intro':
    '評価指標の一覧です。並び順は報告書の順で、値の大きさでは並べていません。「ID」は、公開データのファイルでその指標を表す名前です。',
  'methodology.framework.r6': '令和6年度の指標（報告書 図表12）',
  'methodology.framework.r6.note': '令和6年度の評価の枠組みで使われている指標です。',
  'methodology.framework.r8': '令和8年度からの指標（報告書 図表15・16）',
  'methodology.framework.r8.note':
    '報告書が令和8年度からの適用を想定している指標です。このサイトでは、それより前の年度についても同じ定義で計算しています。',
  'methodology.framework.funnel': 'フェーズの移行（報告書 図表8）',
  'methodology.framework.funnel.note':
    'フェーズ1（経営相談）からフェーズ2（経営支援）への移行の段階ごとに、事業者の数を示します。',
  'methodology.field.id': 'ID',
  'methodology.field.unit': '単位',
  'methodology.field.definition': '定義',
  'methodology.field.source': '出典',
  'methodology.source': '報告書 {source}',
  'methodology.unit.count': '件（相談の件数）',
  'methodology.unit.businesses': '者（名寄せ後の事業者の数）',
  'methodology.unit.share': '割合（0から1までの小数。0.5は50%）',
  'methodology.unit.thousandYen': '千円',
  'methodology.unit.thousandYenPerPerson': '千円／人',
  'methodology.unit.people': '人',
  'methodology.unit.times': '回',
  'methodology.unit.ratio': '比（前年度からの増減の比率。0.1は10%の増加）',

  'methodology.nayose.heading': '名寄せ（事業者の数え方）',
  'methodology.nayose.body':
    '「事業者の数」は、同じ事業者が何回相談しても1者と数えます（名寄せ）。相談記録では、事業者は氏名や会社名の代わりに仮の番号で表されており、この番号で同じ事業者かどうかを判断します。全国の数値では、複数の拠点に相談した事業者も1者と数えます。そのため、全国の事業者の数は、各拠点の事業者の数の合計より小さくなることがあります。',
  'methodology.excluded.heading': '課題解決件数に数えない相談分野',
  'methodology.excluded.body':
    '報告書の脚注7により、次の分野の相談は、拠点で対応した場合でも課題解決件数に数えません。1件の相談が複数の分野にわたるときは、主な分野（最初に記録された分野）で判断します。',
  'methodology.excluded.itNote':
    'ITの利活用などの専門的な相談は、当面の間、課題解決件数に数えます（同じく脚注7）。',
  'methodology.phase2.heading': 'フェーズ2の事業者',
  'methodology.phase2.intro':
    '報告書（§3(1)②ii、図表8）では、次の3つが実施または確認されたときに、事業者がフェーズ1からフェーズ2に移行します。',
  'methodology.phase2.step1': '決算書（またはローカルベンチマークの財務分析シート）の提出',
  'methodology.phase2.step2': '採算の可視化への着手',
  'methodology.phase2.step3':
    '採算の可視化を含め、収益力の強化と経営者の自走化に向けた取り組みを拠点とともに進めることへの、事業者の同意',
  'methodology.phase2.rule':
    'ある年度の「フェーズ2の事業者」とは、3つの日付がすべて記録されていて、そのうち最も遅い日付がその年度の末日（3月31日）以前であり、かつ、その年度にその拠点で1回以上相談した事業者です。',
  'methodology.phase2.nation':
    '全国の数値では、各拠点のフェーズ2の事業者を合わせ、同じ事業者は1者と数えます（財務データも1回だけ数えます）。',
  'methodology.valueAdded.heading': '付加価値額の計算式',
  'methodology.valueAdded.intro': '付加価値額は、報告書の脚注8の定義で計算します（単位は千円）。',
  'methodology.valueAdded.corp': '法人：営業利益＋人件費＋減価償却費',
  'methodology.valueAdded.sole': '個人事業主：営業利益＋減価償却費＋福利厚生費＋給与賃金',
  'methodology.valueAdded.productivity': '付加価値労働生産性は、付加価値額÷従業員数です（脚注9）。',
  'methodology.status.heading': '「秘匿」と「算出不可」',
  'methodology.status.intro': '指標の値は、数値のほかに次のように表示することがあります。',
  'methodology.status.suppressedTerm': '秘匿',
  'methodology.status.suppressed':
    '回答者や事業者が特定されるおそれがあるため、値を公開しないものです。アンケートの割合は、回答が1〜9件のときに秘匿します。財務の指標（{financial}）は、対象の事業者が1〜2者のときに秘匿します。',
  'methodology.status.naTerm': '算出不可',
  'methodology.status.na':
    '計算のもとになるデータがないため、値を計算できないものです。例えば、アンケートの回答がない、対象の事業者がいない、拠点からの報告がない、割り算の分母が0になる、といった場合です。',
  'methodology.status.order':
    '財務の指標では、対象の事業者が1〜2者であれば、計算できるかどうかを判断する前に「秘匿」とします。例えば「従業員数の合計が0のため算出不可」と表示すると、それだけで1〜2者の事業者について情報が分かってしまうためです。',
  'methodology.status.counts':
    '件数の指標は、該当する相談がなければ0件と表示します。件数の指標は秘匿しません。',

  'methodology.compare.heading': '比較の考え方（順位づけをしない）',
  'methodology.compare.report':
    '報告書（§6）は、各拠点を評価指標にもとづいて評価し、過年度の自拠点の評価と比較すること、そして拠点間で順位付けをするのではなく、他の拠点の評価はあくまで参考値として確認できるようにすることを求めています。このサイトもこの考え方に従います。',
  'methodology.compare.own': 'まず、同じ拠点の過去の年度の値と比べてください。',
  'methodology.compare.refIntro':
    '他の拠点の値は、次の参考値として示します。参考値の計算には、値が「秘匿」や「算出不可」でない拠点の値だけを使い、その拠点自身は比較の相手に含めません。',
  'methodology.compare.national':
    '全国の中央値と四分位範囲：47拠点の値を小さい順に並べたときの真ん中の値（中央値）と、下から4分の1に当たる値から4分の3に当たる値までの範囲（四分位範囲）です。',
  'methodology.compare.bureau':
    '同じ経済産業局の拠点：その拠点と同じ経済産業局（沖縄は沖縄総合事務局）の管内にある他の拠点の値の中央値と四分位範囲です。',
  'methodology.compare.consultations':
    '相談件数が近い5拠点：その年度の相談件数が、比率でみて最も近い5つの拠点の値の中央値と四分位範囲です。',
  'methodology.compare.coordinators':
    'コーディネーター数が近い5拠点：その年度の末に在籍しているコーディネーターの数が最も近い5つの拠点の値の中央値と四分位範囲です。',
  'methodology.compare.perCo':
    '件数の指標には、拠点の規模の違いを考える手がかりとして、コーディネーター1人あたりの値も示します。',
  'methodology.compare.wilson':
    'アンケートの割合には、95%信頼区間（ウィルソンの方法）を添えます。回答の数が少ないほど区間が広くなり、値が偶然に左右されやすいことを表します。',
  'methodology.compare.noRank':
    '拠点の順位や、全体の中で何番目に位置するか（パーセンタイル）は、どこにも公開しません。表を値の大きい順や小さい順に並べることもしません。',

  'methodology.disclosure.heading': '秘匿処理（ディスクロージャー・コントロール）',
  'methodology.disclosure.intro':
    '相談記録は、事業者の氏名や会社名を仮の番号に置き換えてありますが、それだけでは匿名とはいえません。珍しい業種や規模の事業者は、項目の組み合わせから特定されるおそれがあり、相談の内容（資金繰り、事業承継、災害の被害など）は、知られたくない情報です。そのため、公開するすべてのデータに次の処理をしています。',
  'methodology.disclosure.micro.heading': '相談1件ごとのデータ（マイクロデータ）',
  'methodology.disclosure.micro.report':
    '置き換えた相談と公開しなかった相談の件数は、年度・拠点ごとに公開しています。絞り込んだ結果に含まれない相談が何件あるかを、各ページで示せるようにするためです。',
  'methodology.disclosure.micro.oneAnswer':
    '一つの公開には一つの答えしかないようにしています。集計表で秘匿したセル（年度・拠点、または全国）に入る相談では、その値（主な相談内容、業種、従業員規模、相談方法、紹介先・同席した支援機関。秘匿した月の相談は四半期）を、相談1件ごとのデータでも「*」に置き換えます。このため、相談1件ごとのデータや、それを使う絞り込み・SQLの画面から、秘匿したセルの件数を数えることはできません。置き換えた相談の件数も、年度・拠点ごとに公開しています。',
  'methodology.disclosure.micro.lineage':
    '年度・拠点ごと（と全国）に、入力した相談の件数、相談1件ごとのデータに載せた件数、そのうち値を置き換えた件数、載せなかった件数を「相談件数の行き先」（lineage）として公開しています。どの行でも「入力した件数 = 載せた件数 + 載せなかった件数」が成り立ちます。',
  'methodology.disclosure.micro.columnsQuarter':
    '相談1件ごとのデータは、公開してよい項目だけに絞り、時期は四半期（年度の4〜6月を第1四半期とします）だけにしています。',
  'methodology.disclosure.micro.kQuarter':
    '「年度・拠点・四半期・業種・従業員規模・法人形態」の組み合わせごとに、5者以上の事業者（名寄せ後の数）がいるようにしています（k-匿名性、k＝5）。5者に満たない組み合わせの行は、業種、従業員規模、法人形態の順に「*」（区別しない）に置き換え、それでも5者に満たない行は公開しません。',
  'methodology.disclosure.micro.time':
    '相談の時期も、近所の人や取引先に知られうるため、事業者を特定する手がかりになります。全国のサンプルデータで、k-匿名性の組み合わせに時期を加えた場合を比べました。月を加えると公開しない相談が13,790件（0.30%）、置き換える相談が1,148,527件（24.6%）、四半期を加えると5,977件（0.13%）と524,274件（11.2%）でした（時期を加えない以前の方法では2,787件と237,820件）。失う情報が少ない四半期を選び、相談1件ごとのデータは月ではなく四半期を持ちます。このため「データを絞り込む」と「相談の動向」の絞り込みは四半期ごとに集計します。月別の集計表（consultations_by_month）はこれまでどおり公開します。',
  'explore.dim.quarter': '四半期',
  'explore.rule.bodyQuarter':
    '個票データには事業者を区別する番号がないため、セルの事業者数は分かりません。そこで、事業者が3者未満の可能性を否定できないセルを隠します：(1) 相談が3件未満のセル、(2) 公表している集計表（拠点×年度×相談内容・業種・従業員規模・相談方法）で秘匿されたセルに含まれるセル。表示するセルの中でも、1件または2件の値は「秘匿」とします。合計行は表示しません。なお、集計表で秘匿したセルの値（月別の表で秘匿した月の相談では四半期）は、個票データでも「一般化（*）」にしてあります。',
  'explore.filter.quarterFrom': '開始四半期',
  'explore.filter.quarterTo': '終了四半期',
  'trends.filter.introQuarterly':
    '上のグラフと表は全国の値です。地域や業種、政策テーマで絞り込んだ四半期別の件数は、このブラウザの中で個票データから集計します（個票データの時期は四半期です。「集計する」を押すとデータベースを読み込みます。数秒かかります）。',
  'trends.filter.captionQuarterly': '絞り込んだ四半期別の相談件数と前年同期',
  'trends.quarterly.series': '各四半期',
  'trends.quarterly.seriesBefore': '前年の同じ四半期',
  'trends.quarterly.legend': '実線（青）：各四半期　破線（灰）：前年の同じ四半期',
  'trends.quarterly.chart': '絞り込んだ四半期別の相談件数：実線が各四半期、破線が前年の同じ四半期',
  'trends.col.sliceQuarter': '四半期',
  'trends.col.yearBeforeQuarter': '前年同期',
  'methodology.disclosure.aggregate.heading': '集計表',
  'methodology.disclosure.aggregate.body':
    '相談分野別・業種別などの集計表では、事業者が3者未満のセルを秘匿します（相談件数と事業者の数の両方）。さらに、公開している合計からの引き算で秘匿したセルの値が分からないよう、ほかのセルも合わせて秘匿します（補完秘匿）。集計表の合計は、評価指標の「相談実績件数」と一致します。',
  'methodology.disclosure.coordinators.heading': 'コーディネーター',
  'methodology.disclosure.coordinators.body':
    'コーディネーターの紹介は、公開に同意した人だけを載せます。コーディネーターごとの数値（担当した相談の件数、アンケートの評価）は、10件以上の相談または10件以上のアンケート回答にもとづく場合だけ公開します。',
  'methodology.disclosure.never.heading': '公開しないもの',
  'methodology.disclosure.never.intro':
    '次のものは、このサイトにもデータファイルにも一切含めません。公開するすべてのファイルにこれらが含まれていないことを、テストで毎回確かめています。',
  'methodology.disclosure.never.businessKey': '事業者を表す仮の番号',
  'methodology.disclosure.never.ids': '相談の番号とアンケート回答の番号',
  'methodology.disclosure.never.dates': '相談の正確な日付と相談時間',
  'methodology.disclosure.never.coordinators': '公開に同意していないコーディネーターの名前と紹介文',
  'methodology.disclosure.csv.heading': 'CSVファイルの安全対策',
  'methodology.disclosure.csv.body':
    "公開するCSVファイルでは、文字の項目が「=」「+」「-」「@」、タブ、改行（CR）のいずれかで始まるとき、先頭に「'」を付けます。表計算ソフトで開いたときに、数式として実行されないようにするためです。",

  'methodology.flow.heading': 'データの流れ',
  'methodology.flow.intro': '公開データは、次の順に作っています。',
  'methodology.flow.export':
    '書き出し：各拠点の記録システムから、事業者を仮の番号に置き換えたデータをCSVファイルとして書き出します。',
  'methodology.flow.validate':
    '検証：すべてのファイルのすべての行を、データ形式の取り決めに照らして確かめます。問題があれば「ファイル名:行番号」と理由を示します。1行でも受け入れられない行があれば、何も公開しません。',
  'methodology.flow.indicators':
    '評価指標の計算：受け入れたデータから、このページで説明した評価指標と参考値を計算します。',
  'methodology.flow.disclosure':
    '秘匿処理：上の「秘匿処理」のとおり、特定のおそれがある値を秘匿し、公開できる項目だけを残します。',
  'methodology.flow.publish':
    '公開データの作成：公開ファイルと、使った入力ファイルの一覧（行数とSHA-256）を作ります。',
  'methodology.flow.site':
    'このサイト：公開ファイルからこのサイトを作ります。サイトに表示する数値は、公開ファイルの数値と同じです。',
  'methodology.flow.dataIntro': '公開ファイルは、次のページから入手できます：',
  'methodology.flow.dataLink': '公開データ',
  'methodology.readings.heading': '入力データの読み方',
  'methodology.readings.intro':
    'データ形式の取り決めがはっきり決めていない点は、次のように読んでいます（すべての読み方は開発者向けの文書 docs/ingest.md にあります）。',
  'methodology.readings.dirs':
    '年度ごとなど、複数の書き出しをまとめて読むとき：すべての欄が同じ行（各年度の書き出しに載る同じコーディネーターなど）は1行として数えます。同じ識別子で内容が違う行は誤りとして扱い、何も公開しません。',
  'methodology.readings.keys':
    '全角の英数字を半角に直すのは、コードと数値の欄だけです。事業者・相談・アンケート回答の識別子は書かれたとおりに区別します。',
  'methodology.readings.encoding':
    '文字コード（UTF-8、BOM付きUTF-8、Shift_JIS）はファイルごとに判定します。成果事例のMarkdownファイルも同じです。',
  'methodology.readings.numbers':
    'indicators.csv の数値は、取り決めの例と同じ書き方（16.0、0.5833333333333334、1e-05 など）で書きます。',

  'methodology.open.heading': '未解決の論点',
  'methodology.open.intro': '次の点は、事業の実施主体と今後検討が必要な論点です。',
  'methodology.open.coordinators':
    'ある拠点・年度で活動したコーディネーターが1人だけで、その相談が10件未満の場合、拠点の合計がその人の数値になり、ほかの数値を秘匿しても隠せません（全国の見本データでは起きていません）。',
  'methodology.open.zeros':
    'データに含まれていない拠点の件数は、データ形式の取り決めに従って0件としており、この0が参考値（中央値など）の計算にも入ります。',
} as const;

/** One dictionary, kept in one module per area so areas can grow independently. */
export const ja = {
  ...core,
  ...catalogue,
  ...charts,
  ...compare,
  ...dash,
  ...directory,
  ...initiatives,
  ...reach,
  ...search,
  ...trends,
  ...workspace,
} as const;

export type MessageKey = keyof typeof ja;
