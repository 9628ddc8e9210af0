/** UI strings for /compare/ and the centre pages' agencies; composed into `ja` in ../ja.ts. */
export const compare = {
  'compare.nav': '参考値との比較',
  'compare.group.centre': 'この拠点',
  'compare.group.bureau': '同じ経済産業局の拠点',
  'compare.group.sizeConsultations': '相談件数が近い5拠点',
  'compare.group.sizeCoordinators': 'CO数が近い5拠点',
  'compare.group.nation': '全国の拠点',

  'compare.index.title': '拠点と参考値の比較',
  'compare.index.lead':
    '拠点を選ぶと、その拠点のすべての指標を、同じ経済産業局の拠点、相談件数が近い5拠点、コーディネーター（CO）数が近い5拠点、全国の拠点の中央値と四分位範囲と並べて示します。順位はつけません。',
  'compare.form.legend': '拠点と年度を選ぶ',
  'compare.form.centre': '拠点',
  'compare.form.fy': '年度',
  'compare.form.submit': '比較を表示',
  'compare.index.listHeading': '拠点の一覧',
  'compare.index.listIntro':
    '拠点名を選ぶと最新年度の比較を表示します。ほかの年度は、表示したページで選べます。',
  'compare.index.caption': '比較を表示できる{count}拠点（都道府県コード順）',

  'compare.page.title': '{name}と参考値の比較（{fy}）',
  'compare.page.description':
    '{name}の{fy}のすべての指標を、同規模・同じ地域の拠点と全国の値と並べて示します。',
  'compare.page.sub': '参考値との比較（{fy}）',
  'compare.page.lead':
    'この拠点の{fy}の値（塗りつぶした丸）を、比較の相手となる拠点のまとまりの中央値（白抜きの丸）と全国の拠点の中央値（ひし形）、それぞれの四分位範囲（帯）と並べています。指標は定義の順に並べ、値の大きさでは並べ替えません。まず同じ拠点の過去の年度と比べ、他の拠点の値は参考値としてご覧ください。',
  'compare.page.centreLink': 'この拠点の{fy}のページ',
  'compare.page.chooseLink': '他の拠点を選ぶ',
  'compare.page.methodLink': '参考値の考え方',
  'compare.fy.label': '比較する年度',
  'compare.peers.heading': '比較の相手（{fy}）',
  'compare.peers.intro':
    '参考値には、値が「秘匿」や「算出不可」でない拠点だけを使います。この拠点自身は含みません。',
  'compare.peers.none': 'なし',
  'compare.charts.heading': '指標ごとの比較（{fy}）',
  'compare.charts.tableLink': '{name}の数値を表で見る',
  'compare.table.caption': '{framework}：この拠点と参考値（{fy}、中央値と四分位範囲）',
  'compare.centreLink': 'この拠点を参考値と並べて比べる（{fy}）',

  'compare.agencies.heading': '紹介・連携した支援機関（{fy}）',
  'compare.agencies.intro':
    'この拠点が相談者を紹介した支援機関（紹介）と、職員が相談に同席した支援機関（同席）ごとの相談件数です。1件の相談が複数の機関に関わるときは、それぞれの機関に数えるため、合計は指標「他の支援機関へ紹介した件数」「他の支援機関と連携（同席）して支援した件数」より多くなることがあります。支援機関は定められた順に並べています。',
  'compare.agencies.reason':
    '事業者が3者未満のため、または合計からの差し引きで秘匿した値が分からないようにするため、公開していません。',
  'compare.agencies.caption': '支援機関別の紹介・同席の相談件数（{fy}）',
  'compare.agencies.agency': '支援機関',
  'compare.agencies.referred': '紹介した相談',
  'compare.agencies.joint': '同席した相談',
  'compare.agencies.download': '支援機関別の集計表（オープンデータ）',
  'compare.trend.reason': '{status}の理由：{reason}',

  'compare.map.heading': '拠点ごとの値（コーディネーター1人あたり、{fy}）',
  'compare.map.intro':
    '選んだ指標の各拠点の値をコーディネーター1人あたりに直し、色の濃さで示します。マスの位置は地理に合わせて固定しており、値の順には並べていません。マスを選ぶとその拠点のページへ移動します。',
  'compare.map.choose': '地図に示す指標',
  'compare.map.legend': '{name}（コーディネーター1人あたり、{unit}）',
  'compare.map.tableLink': 'すべての指標の値を表で見る',
  'compare.map.caption': 'コーディネーター1人あたりの値（{fy}、都道府県コード順）',

  'compare.method.page':
    '各拠点のすべての指標を、これらの参考値と並べた図と表は次のページにあります。図の並びは常に「この拠点、同じ経済産業局の拠点、相談件数が近い5拠点、CO数が近い5拠点、全国の拠点」の順で、値の大きさでは並べ替えません。',
  'compare.method.agencies':
    '紹介先・同席した支援機関別の集計表（consultations_by_agency）も同じ規則で秘匿します。拠点ごとの合計は評価指標（他の支援機関へ紹介した件数、連携（同席）して支援した件数）として公開しているため、紹介と同席のそれぞれについて補完秘匿をします。1件の相談が複数の機関に関わるときは、それぞれの機関に数えます。',
} as const;
