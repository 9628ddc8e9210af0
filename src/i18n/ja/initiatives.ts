/** UI strings for /initiatives/ (the centres' own initiatives); composed into `ja` in ../ja.ts. */
export const initiatives = {
  'init.nav': '拠点独自の取組',
  'init.type': '拠点独自の取組',

  'dir.initiatives.title': '拠点独自の取組',
  'dir.initiatives.description':
    '全国のよろず支援拠点が地域の課題に応じて行う独自の取組（商談会、セミナー、出張相談会、他機関との共同事業など）の一覧です。',
  'dir.initiatives.lead':
    '各拠点が計画し、実施した独自の取組です（{count}件）。ほかの拠点の取組を参考にできるよう、種類・地域・相談内容・段階・年度で絞り込めます。',
  'dir.initiatives.none': '掲載している取組はありません。',
  'dir.initiatives.noscript':
    'JavaScript が無効のため、絞り込みと検索は使えません。下の一覧は年度の新しい順（同じ年度では開始日の新しい順）のすべての取組です。',
  'dir.initiatives.listHeading': '取組の一覧',
  'dir.initiatives.feed': '拠点独自の取組の更新情報（Atom フィード、新しい{count}件）',
  'dir.initiatives.feedTitle': '拠点独自の取組 | よろず支援拠点 公開ポータル',

  'init.facet.kind': '取組の種類',
  'init.facet.topic': '対象の相談内容',
  'init.facet.stage': '段階',
  'init.facet.fy': '年度',
  'init.stage.planned': '計画',
  'init.stage.done': '実施済み',
  'init.dates': '{start}〜{end}',
  'init.people': '{count}人',
  'init.businesses': '{count}者',

  'init.page.descriptionMeta': '{centre}の独自の取組「{title}」です。',
  'dir.initiative.centre': '拠点',
  'init.page.region': '地域（経済産業局）',
  'init.page.fy': '年度',
  'init.page.kind': '取組の種類',
  'init.page.stage': '段階',
  'init.page.dates': '期間',
  'init.page.topics': '対象の相談内容',
  'init.page.partners': '連携した支援機関',
  'init.page.participants': '参加者数',
  'init.page.businesses': '参加事業者数',
  'init.page.outcome': '成果',
  'init.page.body': '取組の内容',
  'init.page.bodyNote': 'この内容は拠点が書いた文章を、そのまま掲載しています。',
  'init.page.similar': 'ほかの拠点の似た取組',
  'init.page.similarIntro':
    'ほかの拠点の、同じ種類の取組や対象の相談内容が重なる取組です。1つの拠点からは最も似た1件を、似ている順（同じ程度なら実施済み、新しい年度、ID の順）に載せています。拠点の実績の順ではありません。',
  'init.page.noSimilar': 'ほかの拠点の似た取組の掲載はありません。',
  'dir.initiative.back': '拠点独自の取組の一覧へ戻る',
  // English edition, directory area: title and description made of codes (see dir.*Coded).
  'init.page.titleCoded': '{kind}（{centre}、{fy}）',
  'init.page.descriptionCoded': '{centre}の独自の取組（{fy}）です。種類：{kind}。',
} as const;
